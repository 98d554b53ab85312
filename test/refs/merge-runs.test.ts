import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeRuns } from '../../src/refs/merge.js';
import { erroredResult, resultsFile, suite, timeResult } from '../compare/fixtures.js';

const run = (seq: number[], conc: number[]) =>
  resultsFile([
    suite('io', [
      timeResult('sequential', seq, { sequentialMedian: seq.slice().sort((a, b) => a - b)[1] as number, ideal: 300 }),
      timeResult('concurrent', conc, { sequentialMedian: seq.slice().sort((a, b) => a - b)[1] as number, ideal: 10 }),
    ]),
  ]);

test('samples are concatenated per result and the figures recomputed from all of them', () => {
  const merged = mergeRuns([run([300, 310, 320], [10, 11, 12]), run([330, 340, 350], [20, 21, 22])]);
  const [seq, conc] = merged.suites[0]?.results ?? [];
  assert.equal(seq?.state === 'completed' && seq.samples.length, 6);
  assert.ok(conc?.state === 'completed');
  if (conc?.state !== 'completed' || seq?.state !== 'completed') return;
  assert.deepEqual(conc.samples, [10, 11, 12, 20, 21, 22]);
  assert.equal(conc.stats.median, 16);
  // Speedup against the merged sequential median (325), efficiency against the ideal.
  assert.equal(conc.speedup, 325 / 16);
  assert.equal(conc.efficiency, 10 / 16);
  assert.equal(merged.claims.length, 0);
  assert.equal(merged.context.options.mergedRuns, 2);
});

test('a result errored in one run keeps the completed runs; errored only when none completed', () => {
  const a = resultsFile([suite('cpu', [timeResult('worker-pool', [5, 6, 7], { workload: 'cpu' })])]);
  const b = resultsFile([suite('cpu', [erroredResult('worker-pool', 'crash')])]);
  assert.equal(mergeRuns([a, b]).suites[0]?.results[0]?.state, 'completed');
  assert.equal(mergeRuns([b, b]).suites[0]?.results[0]?.state, 'errored');
});
