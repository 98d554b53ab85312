import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMetrics } from '../../src/compare/metrics.js';
import { erroredResult, resultsFile, suite, throughputResult, timeResult } from './fixtures.js';

const file = resultsFile([
  suite('io', [
    timeResult('sequential', [100, 110, 90], { sequentialMedian: 100, ideal: 80 }),
    timeResult('concurrent', [10, 20, 25], { sequentialMedian: 100, ideal: 5 }),
  ]),
  suite('load', [throughputResult('io', [900, 1000, 1100], 2000)]),
  suite('cpu', [erroredResult('worker-pool', 'worker crashed')]),
]);

test('time results give time (smaller, absolute), efficiency (ideal / sample) and speedup (R / sample)', () => {
  const { metrics } = extractMetrics(file);
  const time = metrics.get('io/io/concurrent:time');
  assert.deepEqual([time?.value, time?.better, time?.unit, time?.machineIndependent], [20, 'smaller', 'ms', false]);
  assert.deepEqual(time?.samples, [10, 20, 25]);
  const speedup = metrics.get('io/io/concurrent:speedup');
  // R = speedup × median = (100 / 20) × 20 = 100.
  assert.deepEqual([speedup?.value, speedup?.better, speedup?.machineIndependent], [5, 'bigger', true]);
  assert.deepEqual(speedup?.samples, [10, 5, 4]);
  const efficiency = metrics.get('io/io/concurrent:efficiency');
  assert.equal(efficiency?.value, 5 / 20);
  assert.deepEqual(efficiency?.samples, [0.5, 0.25, 0.2]);
});

test('the sequential reference has no speedup metric (1 by definition)', () => {
  const { metrics } = extractMetrics(file);
  assert.equal(metrics.has('io/io/sequential:speedup'), false);
  assert.equal(metrics.has('io/io/sequential:efficiency'), true);
});

test('req/s results give throughput (bigger, absolute) and efficiency = sample / ideal, no speedup', () => {
  const { metrics } = extractMetrics(file);
  const t = metrics.get('load/io/io/connections=10:throughput');
  assert.deepEqual([t?.value, t?.better, t?.unit], [1000, 'bigger', 'req/s']);
  assert.deepEqual(metrics.get('load/io/io/connections=10:efficiency')?.samples, [0.45, 0.5, 0.55]);
  assert.equal(metrics.has('load/io/io/connections=10:speedup'), false);
});

test('errored results are listed, not measured', () => {
  const { metrics, errored } = extractMetrics(file);
  assert.deepEqual(errored, [{ key: 'cpu/cpu/worker-pool', message: 'worker crashed' }]);
  assert.equal([...metrics.keys()].some((k) => k.startsWith('cpu/')), false);
});
