import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartsFor } from '../../src/report/charts/index.js';
import { renderCharts } from '../../src/report/charts/render.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/report/charts/config.js';
import { brokenRun, completeRun } from './fixtures.js';
import { pngSize } from './png.js';

for (const [name, fixture] of [
  ['complete run', completeRun],
  ['run with an errored and a missing suite', brokenRun],
] as const) {
  test(`every chart of a ${name} is a PNG of the fixed size`, async () => {
    const files = await renderCharts(fixture());
    assert.deepEqual(
      files.map((f) => f.path),
      chartsFor(fixture()).map((c) => c.file),
    );
    // The six core charts are always drawn, a notice standing in for a missing suite.
    for (const core of ['headline.png', 'io-strategies.png', 'cpu-strategies.png', 'io-scaling.png', 'cpu-scaling.png', 'event-loop-delay.png']) {
      assert.ok(files.some((f) => f.path === core), core);
    }
    for (const file of files) {
      assert.ok(Buffer.isBuffer(file.content), file.path);
      assert.deepEqual(pngSize(file.content as Buffer), { width: CHART_WIDTH, height: CHART_HEIGHT }, file.path);
      // Not a blank image: a blank 1200×700 white PNG compresses to well under 5 kB.
      assert.ok((file.content as Buffer).length > 5000, `${file.path} looks blank`);
    }
  });
}
