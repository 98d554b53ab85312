// Merging runs of the target suite keeps the sweep figures of the run whose median throughput is
// the (lower) median of the runs', as the load figures do; not the first run's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSuiteRuns } from '../../src/model/runs.js';
import type { CompletedResult, SweepFigures } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

const figures = (calls: number): SweepFigures => ({
  inFlight: 4,
  calls,
  statusCodes: { '200': calls },
  errors: { timeout: 0, reset: 0, refused: 0, other: 0 },
  latency: { p50: 10, p90: 11, p99: 12, max: 13, mean: 10 },
  histogram: [{ upToMs: 16, count: calls }],
  synRetryCalls: 0,
  firstWaveFast: [4],
  retryAfterS: null,
  clientCpu: 0.1,
});

const run = (reqPerS: number, calls: number) =>
  suiteOf('target', [completed('io', 'bounded', reqPerS, { unit: 'req/s', better: 'bigger', point: { inFlight: 4 }, sweep: figures(calls) })]);

test('three runs: the sweep figures of the median run', () => {
  const merged = mergeSuiteRuns([run(100, 1), run(300, 3), run(200, 2)]);
  assert.equal((merged.results[0] as CompletedResult).sweep?.calls, 2);
});

test('two runs: the lower median, a run that was measured', () => {
  const merged = mergeSuiteRuns([run(300, 3), run(100, 1)]);
  assert.equal((merged.results[0] as CompletedResult).sweep?.calls, 1);
});
