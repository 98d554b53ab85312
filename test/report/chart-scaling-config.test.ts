import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuScalingChart } from '../../src/report/charts/cpu-scaling.js';
import { EXTRAPOLATED_LABEL, ioScalingChart } from '../../src/report/charts/io-scaling.js';
import { completeRun, extrapolatedRun } from './fixtures.js';

type Dataset = { label?: string; data: Array<{ x: number; y: number | null }>; borderDash?: number[] };
type Axes = Record<string, { type?: string; title?: { text?: string } }>;

test('io-scaling: log-log, one measured line and one dashed ideal line per strategy', () => {
  const config = ioScalingChart.config(completeRun());
  const datasets = config.data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    ['sequential', 'sequential ideal', 'concurrent', 'concurrent ideal', 'bounded', 'bounded ideal'],
  );
  assert.deepEqual(
    datasets[1]?.data.map((p) => [p.x, p.y]),
    [
      [1, 50],
      [10, 500],
      [100, 5000],
      [1000, 50000],
    ],
  );
  assert.deepEqual(datasets[1]?.borderDash, [8, 6]);
  assert.equal(datasets[0]?.borderDash, undefined);
  const scales = config.options?.scales as Axes;
  assert.equal(scales.x?.type, 'logarithmic');
  assert.equal(scales.y?.type, 'logarithmic');
  assert.equal(scales.x?.title?.text, 'tasks per batch N (log scale)');
});

test('cpu-scaling: measured speedup, ideal min(W, cores), sequential 1× and the core count', () => {
  const config = cpuScalingChart.config(completeRun());
  const datasets = config.data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    ['worker-pool (measured)', 'ideal min(W, cores)', 'sequential (1×)', '8 cores'],
  );
  assert.deepEqual(
    datasets[0]?.data.map((p) => [p.x, Number(p.y?.toFixed(2))]),
    [
      [1, 0.99],
      [2, 1.94],
      [4, 3.67],
      [8, 6.35],
    ],
  );
  assert.deepEqual(datasets[1]?.data, [
    { x: 1, y: 1 },
    { x: 2, y: 2 },
    { x: 4, y: 4 },
    { x: 8, y: 8 },
  ]);
  assert.deepEqual(datasets[3]?.data.map((p) => p.x), [8, 8]);
});

test('cpu-scaling bends the ideal at the core count when workers exceed cores', () => {
  const results = completeRun();
  results.context.cpu.cores = 2;
  const ideal = (cpuScalingChart.config(results).data.datasets as Dataset[])[1];
  assert.deepEqual(ideal?.data, [
    { x: 1, y: 1 },
    { x: 2, y: 2 },
    { x: 4, y: 2 },
    { x: 8, y: 2 },
  ]);
});

test('io-scaling: an extrapolated sequential goes on dashed through hollow points, from the last measured point, legend saying so', () => {
  const config = ioScalingChart.config(extrapolatedRun());
  const datasets = config.data.datasets as Array<Dataset & Record<string, unknown>>;
  assert.deepEqual(
    datasets.map((d) => d.label),
    [
      'sequential',
      `sequential, ${EXTRAPOLATED_LABEL}`,
      'sequential ideal',
      'concurrent',
      'concurrent ideal',
      'bounded',
      'bounded ideal',
    ],
  );
  const [measured, extrapolated, ideal] = datasets;
  assert.deepEqual(measured?.data.map((p) => p.x), [1, 10]);
  // It starts at N = 10 (measured, no marker there) and carries N = 100 and 1000.
  assert.deepEqual(extrapolated?.data.map((p) => p.x), [10, 100, 1000]);
  assert.deepEqual(extrapolated?.pointRadius, [0, 6, 6]);
  assert.equal(extrapolated?.pointBackgroundColor, '#ffffff');
  assert.equal(extrapolated?.pointBorderColor, measured?.borderColor);
  assert.deepEqual(extrapolated?.borderDash, [3, 4]);
  assert.equal(extrapolated?.errorBars, undefined, 'no whiskers: nothing was sampled there');
  assert.deepEqual(ideal?.data.map((p) => p.x), [1, 10, 100, 1000]);
  const title = config.options?.plugins?.title?.text;
  assert.deepEqual(title, ['I/O scaling: batch time against tasks per batch (log-log)', 'concurrent: 1,000 calls in 102 ms']);
});

test('io-scaling with extrapolated points renders byte-identical twice', async () => {
  const { renderChart } = await import('../../src/report/charts/render.js');
  const first = await renderChart(ioScalingChart.config(extrapolatedRun()));
  const second = await renderChart(ioScalingChart.config(extrapolatedRun()));
  assert.ok(Buffer.from(first).equals(Buffer.from(second)));
});
