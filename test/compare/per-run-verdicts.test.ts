// With several runs a side, compare tests one value per run (the run's median, speedup, efficiency),
// not the pooled samples: the runs are what varies between two benches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { applySpeedups } from '../../src/model/derive.js';
import { mergeRunSuites } from '../../src/model/runs.js';
import type { ResultsFile } from '../../src/results/schema.js';
import { resultsFile, suite, timeResult } from './fixtures.js';

/** One run of an io suite: sequential at 500 ms, concurrent at `ms` (3 samples, ±1 ms). */
const oneRun = (ms: number) =>
  suite('io', applySpeedups([timeResult('sequential', [499, 500, 501], { ideal: 500 }), timeResult('concurrent', [ms - 1, ms, ms + 1], { ideal: 10 })]));

/** A file of one run per entry of `concurrentMs`. */
const runs = (concurrentMs: number[]): ResultsFile => resultsFile(mergeRunSuites(concurrentMs.map((ms) => [oneRun(ms)])));

const speedup = (c: ReturnType<typeof compare>) => c.metrics.find((m) => m.id === 'io/io/concurrent:speedup');

test('five runs a side that do not overlap: the speedup regresses, tested over 5 runs', () => {
  const c = compare(runs([20, 20.5, 21, 19.5, 20.2]), runs([25, 25.5, 26, 24.5, 25.2]));
  const m = speedup(c);
  assert.equal(m?.verdict, 'regressed');
  assert.deepEqual([m?.baseline.n, m?.baseline.of, m?.current.n], [5, 'runs', 5]);
  assert.equal(m?.baseline.value, 500 / 20.2);
  assert.ok((m?.p ?? 1) < 0.01);
  assert.equal(c.failed, true);
});

test('one outlying run of five does not make a regression (its batches would, pooled)', () => {
  const c = compare(runs([20, 20.5, 21, 19.5, 20]), runs([20, 20.5, 30, 19.5, 20.2]));
  assert.notEqual(speedup(c)?.verdict, 'regressed');
  assert.equal(c.failed, false);
});

test('one run against five cannot reach p < 0.01: inconclusive, saying 5 runs per side are needed', () => {
  const c = compare(runs([20]), runs([25, 25.5, 26, 24.5, 25]));
  const m = speedup(c);
  assert.equal(m?.verdict, 'inconclusive');
  assert.equal(m?.note, '1 and 5 runs cannot reach p < 0.01: needs 5 runs per side');
  assert.equal(compare(runs([20]), runs([25, 26]), { alpha: 0.05 }).metrics.find((x) => x.id === 'io/io/concurrent:speedup')?.note, '1 and 2 runs cannot reach p < 0.05: needs 4 runs per side');
});
