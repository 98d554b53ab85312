import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHARTS, chartsFor } from '../../src/report/charts/index.js';
import { loadLatencyChart } from '../../src/report/charts/load-latency.js';
import { loadThroughputChart } from '../../src/report/charts/load-throughput.js';
import { mixedCrossoverChart } from '../../src/report/charts/mixed-crossover.js';
import { mixedEventLoopChart } from '../../src/report/charts/mixed-event-loop.js';
import { completeRun } from './fixtures.js';
import { loadMixedRun } from './load-mixed-fixtures.js';

type Dataset = { label?: string; data: Array<{ x: number; y: number | null } | number | null>; borderDash?: number[] };
type Axes = Record<string, { type?: string; min?: number; max?: number }>;

test('load-throughput: log-log, a measured and a dashed ideal line per target', () => {
  const config = loadThroughputChart.config(loadMixedRun());
  const datasets = config.data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    [
      'I/O server (/delay)',
      'I/O server (/delay): ideal',
      'CPU server, event loop (c = 2 ms)',
      'CPU server, event loop (c = 2 ms): ideal',
      'CPU server, thread pool (c = 2 ms)',
      'CPU server, thread pool (c = 2 ms): ideal',
    ],
  );
  assert.deepEqual(datasets[5]?.data, [
    { x: 1, y: 500 },
    { x: 10, y: 1000 },
    { x: 100, y: 1000 },
  ]);
  assert.deepEqual(datasets[1]?.borderDash, [8, 6]);
  const scales = config.options?.scales as Axes;
  assert.equal(scales.x?.type, 'logarithmic');
  assert.equal(scales.y?.type, 'logarithmic');
});

test('load-latency: p50 and p99 per target', () => {
  const datasets = loadLatencyChart.config(loadMixedRun()).data.datasets as Dataset[];
  assert.equal(datasets.length, 6);
  assert.deepEqual(datasets[2]?.data, [
    { x: 1, y: 2.3 },
    { x: 10, y: 22 },
    { x: 100, y: 200 },
  ]);
});

test('mixed-crossover: speedup per strategy, model dashed, measured and model crossover lines', () => {
  const datasets = mixedCrossoverChart.config(loadMixedRun()).data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    [
      'sequential',
      'sequential: model',
      'concurrent',
      'concurrent: model',
      'worker-pool',
      'worker-pool: model',
      'offload',
      'offload: model',
      'crossover measured ≈ 47.8%',
      'crossover model 42.9%',
    ],
  );
  // Concurrent at f = 0: 160 / 20 = 8x.
  assert.deepEqual(datasets[2]?.data[0], { x: 0, y: 8 });
});

test('mixed-event-loop: one bar per strategy and share', () => {
  const config = mixedEventLoopChart.config(loadMixedRun());
  assert.deepEqual(config.data.labels, ['f = 0%', 'f = 25%', 'f = 75%', 'f = 100%']);
  assert.deepEqual((config.data.datasets[1] as Dataset).data, [1, 40, 120, 160]);
});

test('the four charts are registered and drawn only when their suite ran', () => {
  const files = CHARTS.map((c) => c.file);
  for (const f of ['load-throughput.png', 'load-latency.png', 'mixed-crossover.png', 'mixed-event-loop.png']) assert.ok(files.includes(f), f);
  const without = chartsFor(completeRun()).map((c) => c.file);
  assert.ok(!without.includes('load-throughput.png') && !without.includes('mixed-crossover.png'));
  const withThem = chartsFor(loadMixedRun()).map((c) => c.file);
  assert.ok(withThem.includes('load-latency.png') && withThem.includes('mixed-event-loop.png'));
});
