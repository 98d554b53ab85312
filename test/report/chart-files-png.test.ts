import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/report/charts/config.js';
import { filesStarvationChart } from '../../src/report/charts/files-starvation.js';
import { filesChart } from '../../src/report/charts/files.js';
import { renderCharts } from '../../src/report/charts/render.js';
import { filesRun } from './files-fixtures.js';
import { pngSize } from './png.js';

test('files.png and files-starvation.png render at the fixed size, byte-identical twice', async () => {
  const first = await renderCharts(filesRun(), [filesChart, filesStarvationChart]);
  const second = await renderCharts(filesRun(), [filesChart, filesStarvationChart]);
  assert.deepEqual(first.map((f) => f.path), ['files.png', 'files-starvation.png']);
  first.forEach((file, i) => {
    const png = file.content as Buffer;
    assert.deepEqual(pngSize(png), { width: CHART_WIDTH, height: CHART_HEIGHT }, file.path);
    assert.ok(png.length > 5000, `${file.path} looks blank`);
    assert.ok(png.equals(second[i]?.content as Buffer), `${file.path} differs between renders`);
  });
});
