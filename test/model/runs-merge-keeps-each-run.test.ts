// Runs merged into one suite keep each run: numbered in order, each run's speedup against the
// reference's same run, each run's otherCpu; the top-level figures are those of all runs together.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asOneRun, mergeSuiteRuns } from '../../src/model/runs.js';
import { applySpeedups } from '../../src/model/derive.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { suite, timeResult } from '../compare/fixtures.js';

/** One run of an io suite: sequential and concurrent at these samples, concurrent crowded by `other` cores. */
function oneRun(seq: number[], conc: number[], other: number) {
  const { runs: _r, ...c } = timeResult('concurrent', conc, { ideal: 10 });
  return suite('io', applySpeedups([timeResult('sequential', seq, { ideal: 300 }), asOneRun({ ...c, otherCpu: other })]));
}

test('each run is kept with its number, its own speedup and otherCpu; the top level pools them', () => {
  const merged = mergeSuiteRuns([oneRun([300, 300, 300], [10, 10, 10], 0.1), oneRun([330, 330, 330], [30, 30, 30], 0.9)]);
  const conc = merged.results[1] as CompletedResult;
  assert.deepEqual(
    conc.runs.map((p) => [p.run, p.median, p.speedup, p.otherCpu]),
    [
      [1, 10, 30, 0.1],
      [2, 30, 11, 0.9],
    ],
  );
  assert.deepEqual(conc.samples, [10, 10, 10, 30, 30, 30]);
  assert.equal(conc.stats.median, 20);
  assert.equal(conc.speedup, 315 / 20);
  assert.equal(conc.efficiency, 10 / 20);
  assert.equal(conc.otherCpu, 0.9);
});

test('parts that already hold several runs are numbered on from the last run before them', () => {
  const two = mergeSuiteRuns([oneRun([300], [10], 0), oneRun([300], [11], 0)]);
  const four = mergeSuiteRuns([two, two]);
  assert.deepEqual((four.results[0] as CompletedResult).runs.map((p) => p.run), [1, 2, 3, 4]);
});
