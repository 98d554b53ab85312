import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/report/charts/config.js';
import { renderCharts } from '../../src/report/charts/render.js';
import { threadpoolChart } from '../../src/report/charts/threadpool.js';
import { pngSize } from './png.js';
import { threadpoolRun } from './threadpool-fixtures.js';

test('threadpool.png renders at the fixed size, byte-identical twice', async () => {
  const [first] = await renderCharts(threadpoolRun(), [threadpoolChart]);
  const [second] = await renderCharts(threadpoolRun(), [threadpoolChart]);
  assert.equal(first?.path, 'threadpool.png');
  const png = first?.content as Buffer;
  assert.deepEqual(pngSize(png), { width: CHART_WIDTH, height: CHART_HEIGHT });
  assert.ok(png.length > 5000, 'threadpool.png looks blank');
  assert.ok(png.equals(second?.content as Buffer), 'threadpool.png differs between renders');
});
