import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Verdict, type VerdictInput, type VerdictRule, verdictOf } from '../../src/compare/verdict.js';

const RULE: VerdictRule = { alpha: 0.01, threshold: 10, noiseFloorMs: 2 };
/** A quiet, unchanged metric: not significant, CI well within the threshold, no batch time (no floor), not crowded. */
const v = (over: Partial<VerdictInput>): VerdictInput => ({
  better: 'smaller',
  changePct: 0,
  ciLowPct: -1,
  ciHighPct: 1,
  p: 0.5,
  minP: 1e-5,
  baselineBatchMs: null,
  currentBatchMs: null,
  baselineCrowded: false,
  currentCrowded: false,
  crowdedCores: 0.5,
  ...over,
});

// Significant changes past the threshold, each way.
const riseSmaller = { changePct: 25, ciLowPct: 20, ciHighPct: 30, p: 0.001 } as const;
const fallBigger = { better: 'bigger', changePct: -25, ciLowPct: -30, ciHighPct: -20, p: 0.001 } as const;
// 110 / 100 - 1 = 0.10000000000000009 in doubles: rounding keeps it "exactly 10%".
const exactly10 = (110 / 100 - 1) * 100;

/** [case, input, rule, verdict, note (undefined: no note)]. */
const CASES: Array<[string, Partial<VerdictInput>, Partial<VerdictRule>, Verdict, RegExp?]> = [
  // Significance and threshold.
  ['smaller is better: a significant rise past the threshold regresses', riseSmaller, {}, 'regressed'],
  ['smaller is better: a significant fall past the threshold improves', { changePct: -25, ciLowPct: -30, ciHighPct: -20, p: 0.001 }, {}, 'improved'],
  ['bigger is better: a significant fall past the threshold regresses', fallBigger, {}, 'regressed'],
  ['bigger is better: a significant rise past the threshold improves', { better: 'bigger', changePct: 25, ciLowPct: 20, ciHighPct: 30, p: 0.001 }, {}, 'improved'],
  ['a large change that is not significant (p >= alpha) is inconclusive, never regressed', { changePct: 40, ciLowPct: -5, ciHighPct: 80, p: 0.01 }, {}, 'inconclusive'],
  ['a significant rise within the threshold is unchanged', { changePct: 5, ciLowPct: 3, ciHighPct: 7, p: 1e-4 }, {}, 'unchanged'],
  ['a significant fall within the threshold (bigger is better) is unchanged', { better: 'bigger', changePct: -5, ciLowPct: -7, ciHighPct: -3, p: 1e-4 }, {}, 'unchanged'],
  // Threshold edge: "more than" is strict.
  ['exactly +10% is not beyond the threshold', { changePct: exactly10, ciLowPct: 9, ciHighPct: 11, p: 1e-4 }, {}, 'unchanged'],
  ['+10.000001% is beyond it', { changePct: 10.000001, ciLowPct: 9, ciHighPct: 11, p: 1e-4 }, {}, 'regressed'],
  ['exactly -10% (bigger is better) is not beyond it', { better: 'bigger', changePct: (90 / 100 - 1) * 100, ciLowPct: -11, ciHighPct: -9, p: 1e-4 }, {}, 'unchanged'],
  ['-10.000001% (bigger is better) is beyond it', { better: 'bigger', changePct: -10.000001, ciLowPct: -11, ciHighPct: -9, p: 1e-4 }, {}, 'regressed'],
  // Alpha edge.
  ['p exactly alpha is not significant', { changePct: 30, ciLowPct: 20, ciHighPct: 40, p: 0.01 }, {}, 'inconclusive'],
  ['p just under alpha is', { changePct: 30, ciLowPct: 20, ciHighPct: 40, p: 0.0099 }, {}, 'regressed'],
  // Too few samples, and the CI of a change that is not significant.
  ['inconclusive when the samples cannot reach alpha at all (3 vs 3: min p = 0.1)', { changePct: 1, ciLowPct: -2, ciHighPct: 2, p: 0.7, minP: 0.1 }, {}, 'inconclusive'],
  ['not significant, CI rules out a regression past the threshold: unchanged', { changePct: 2, ciLowPct: -3, ciHighPct: 9.9, p: 0.3 }, {}, 'unchanged'],
  ['not significant, CI reaches past the threshold: inconclusive', { changePct: 2, ciLowPct: -3, ciHighPct: 12, p: 0.3 }, {}, 'inconclusive'],
  ['bigger is better: the worse end is the low end (within)', { better: 'bigger', changePct: -2, ciLowPct: -9.9, ciHighPct: 3, p: 0.3 }, {}, 'unchanged'],
  ['bigger is better: the worse end is the low end (past)', { better: 'bigger', changePct: -2, ciLowPct: -12, ciHighPct: 3, p: 0.3 }, {}, 'inconclusive'],
  ['a wide CI on the better side only does not make it inconclusive', { changePct: -2, ciLowPct: -40, ciHighPct: 5, p: 0.3 }, {}, 'unchanged'],
  // Noise floor: a regression or improvement whose batch time moved less than the floor is within-noise.
  ['a regression whose batch moved 1.8 ms (< 2 ms floor) reads within-noise, with the reason', { ...riseSmaller, baselineBatchMs: 12, currentBatchMs: 13.8 }, {}, 'within-noise', /^batch time moved 1\.80 ms, under the 2 ms noise floor$/],
  ['an improvement under the floor reads within-noise too', { changePct: -25, ciLowPct: -30, ciHighPct: -20, p: 0.001, baselineBatchMs: 12, currentBatchMs: 10.5 }, {}, 'within-noise', /moved 1\.50 ms, under the 2 ms/],
  ['a move of exactly the floor is past it', { ...riseSmaller, baselineBatchMs: 12, currentBatchMs: 14 }, {}, 'regressed'],
  ['a move past the floor regresses', { ...riseSmaller, baselineBatchMs: 40, currentBatchMs: 46 }, {}, 'regressed'],
  ['the floor uses the size of the move, whichever way the batch went', { ...fallBigger, baselineBatchMs: 13.8, currentBatchMs: 12 }, {}, 'within-noise', /moved 1\.80 ms/],
  ['no batch time on one side (throughput): the floor does not apply', { ...riseSmaller, baselineBatchMs: 12, currentBatchMs: null }, {}, 'regressed'],
  ['--noise-floor 0 turns the floor off', { ...riseSmaller, baselineBatchMs: 12, currentBatchMs: 13.8 }, { noiseFloorMs: 0 }, 'regressed'],
  ['the floor overrides only regressed and improved', { changePct: 40, ciLowPct: -5, ciHighPct: 80, p: 0.3, baselineBatchMs: 12, currentBatchMs: 12.5 }, {}, 'inconclusive'],
  // Crowded runs: a regression or improvement measured crowded is inconclusive, naming the run.
  ['a regression measured with the current run crowded is inconclusive', { ...riseSmaller, currentCrowded: true }, {}, 'inconclusive', /^the current run was short of CPU beside other processes \(they held >= 0\.5 cores and its threads waited for a core\)$/],
  ['the baseline crowded', { ...fallBigger, baselineCrowded: true }, {}, 'inconclusive', /^the baseline run was short of CPU/],
  ['both crowded', { ...riseSmaller, baselineCrowded: true, currentCrowded: true }, {}, 'inconclusive', /^the baseline and current run was short of CPU/],
  ['an improvement measured crowded is inconclusive too', { changePct: -25, ciLowPct: -30, ciHighPct: -20, p: 0.001, currentCrowded: true }, {}, 'inconclusive', /current run was short of CPU/],
  ['crowding does not touch an unchanged metric', { changePct: 5, ciLowPct: 3, ciHighPct: 7, p: 1e-4, currentCrowded: true }, {}, 'unchanged'],
  ['the noise floor comes first: under the floor and crowded reads within-noise', { ...riseSmaller, baselineBatchMs: 12, currentBatchMs: 13.8, currentCrowded: true }, {}, 'within-noise', /noise floor/],
  ['past the floor and crowded is inconclusive', { ...riseSmaller, baselineBatchMs: 40, currentBatchMs: 46, currentCrowded: true }, {}, 'inconclusive', /current run was short of CPU/],
  ['the crowded threshold in the note is the machine\'s', { ...riseSmaller, currentCrowded: true, crowdedCores: 2 }, {}, 'inconclusive', /held >= 2 cores/],
  // Per-run tests: too few runs says how many it would take; crowded runs left out are named.
  ['per-run: too few runs is inconclusive with the runs needed', { ...riseSmaller, p: 0.1, minP: 0.1, runs: { baseline: 1, current: 5, needed: 5, leftOut: 0 } }, {}, 'inconclusive', /^1 and 5 runs cannot reach p < 0\.01: needs 5 runs per side$/],
  ['per-run: crowded runs left out are named when too few remain', { ...riseSmaller, p: 0.03, minP: 0.03, runs: { baseline: 4, current: 4, needed: 5, leftOut: 2 } }, {}, 'inconclusive', /^4 and 4 runs after 2 crowded runs \(other processes held >= 0\.5 cores and its threads waited for a core\) left out cannot reach/],
  ['per-run: a regression with one crowded run left out still regresses, saying so', { ...riseSmaller, runs: { baseline: 5, current: 6, needed: 5, leftOut: 1 } }, {}, 'regressed', /^1 crowded run \(other processes held >= 0\.5 cores and its threads waited for a core\) left out$/],
];

for (const [name, input, rule, verdict, note] of CASES) {
  test(name, () => {
    const outcome = verdictOf(v(input), { ...RULE, ...rule });
    assert.equal(outcome.verdict, verdict);
    if (note === undefined) assert.equal(outcome.note, undefined);
    else assert.match(outcome.note ?? '', note);
  });
}
