import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCharts } from '../../src/report/charts/render.js';
import { loadLatencyChart } from '../../src/report/charts/load-latency.js';
import { loadThroughputChart } from '../../src/report/charts/load-throughput.js';
import { mixedCrossoverChart } from '../../src/report/charts/mixed-crossover.js';
import { mixedEventLoopChart } from '../../src/report/charts/mixed-event-loop.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/report/charts/config.js';
import { loadMixedRun } from './load-mixed-fixtures.js';
import { pngSize } from './png.js';

const MINE = [loadThroughputChart, loadLatencyChart, mixedCrossoverChart, mixedEventLoopChart];

test('the load and mixed charts render to non-blank PNGs of the fixed size', async () => {
  const files = await renderCharts(loadMixedRun(), MINE);
  assert.deepEqual(
    files.map((f) => f.path),
    ['load-throughput.png', 'load-latency.png', 'mixed-crossover.png', 'mixed-event-loop.png'],
  );
  for (const file of files) {
    assert.deepEqual(pngSize(file.content as Buffer), { width: CHART_WIDTH, height: CHART_HEIGHT }, file.path);
    assert.ok((file.content as Buffer).length > 5000, `${file.path} looks blank`);
  }
});

test('an errored load or mixed suite draws a notice chart, not a crash', async () => {
  const run = loadMixedRun();
  run.suites = run.suites.map((s) => ({ ...s, state: 'errored' as const, error: { name: 'Error', message: 'boom' }, results: [] }));
  const files = await renderCharts(run, MINE);
  assert.equal(files.length, 4);
  for (const file of files) assert.ok((file.content as Buffer).length > 5000, `${file.path} looks blank`);
});
