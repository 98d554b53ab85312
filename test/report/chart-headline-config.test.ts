import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineChart, headlineFinding } from '../../src/report/charts/headline.js';
import type { HouseDatasetExtras } from '../../src/report/charts/config.js';
import { colorFor } from '../../src/report/palette.js';
import { brokenRun, completeRun } from './fixtures.js';

type Dataset = { label?: string; data: unknown[]; backgroundColor?: unknown } & HouseDatasetExtras;

test('the headline title states the finding computed from the data', () => {
  assert.equal(headlineFinding(completeRun()), 'Concurrent: 84× faster on I/O, 1.0× on CPU — only the worker pool speeds up CPU (1.9×)');
  assert.equal(headlineFinding(brokenRun()), 'Concurrent: 84× faster on I/O, CPU not measured');
  const results = completeRun();
  const cpu = results.suites.find((s) => s.name === 'cpu');
  const pool = cpu?.results.find((r) => r.strategy === 'worker-pool');
  if (pool?.state === 'completed') pool.speedup = 1.05;
  assert.equal(headlineFinding(results), 'Concurrent: 84× faster on I/O, 1.0× on CPU — nothing speeds up CPU here (worker pool 1.1×)');
});

test('the headline has one bar series per strategy, I/O and CPU side by side, ideal speedups marked', () => {
  const config = headlineChart.config(completeRun());
  assert.deepEqual(config.data.labels, ['I/O-bound (io suite)', 'CPU-bound (cpu suite)']);
  const datasets = config.data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    ['sequential', 'concurrent', 'bounded', 'worker-pool', 'ideal speedup (dashed)'],
  );
  const concurrent = datasets[1] as Dataset;
  assert.deepEqual(concurrent.valueLabels, ['84×', '1.0×']);
  assert.equal(concurrent.backgroundColor, colorFor('concurrent'));
  // Ideal speedup = sequential ideal / strategy ideal: 5000/50 on I/O, 320/320 on CPU.
  assert.deepEqual(concurrent.idealMarks, [100, 1]);
  assert.deepEqual((datasets[3] as Dataset).idealMarks, [100, 8]);
  const y = (config.options?.scales as Record<string, { type?: string; title?: { text?: string } }>).y;
  assert.equal(y?.type, 'logarithmic');
  assert.match(y?.title?.text ?? '', /speedup over sequential \(×/);
});

test('a headline with the cpu suite errored draws I/O and says why CPU is empty', () => {
  const config = headlineChart.config(brokenRun());
  const datasets = config.data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    ['sequential', 'concurrent', 'worker-pool', 'ideal speedup (dashed)'],
  );
  assert.deepEqual((datasets[1] as Dataset).data, [84.16666666666667, null]);
  const notice = (config.options?.plugins as Record<string, unknown>).asyncbenchNotice;
  assert.deepEqual(notice, { categoryNotes: [null, 'The cpu suite errored: no results to draw'] });
});
