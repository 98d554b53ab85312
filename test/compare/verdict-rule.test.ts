import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type VerdictInput, verdictOf } from '../../src/compare/verdict.js';

const ALPHA = 0.01;
const THRESHOLD = 10;
const v = (over: Partial<VerdictInput>): VerdictInput => ({
  better: 'smaller',
  changePct: 0,
  ciLowPct: -1,
  ciHighPct: 1,
  p: 0.5,
  minP: 1e-5,
  ...over,
});

test('smaller is better: a significant rise past the threshold regresses, a fall improves', () => {
  assert.equal(verdictOf(v({ changePct: 25, ciLowPct: 20, ciHighPct: 30, p: 0.001 }), ALPHA, THRESHOLD), 'regressed');
  assert.equal(verdictOf(v({ changePct: -25, ciLowPct: -30, ciHighPct: -20, p: 0.001 }), ALPHA, THRESHOLD), 'improved');
});

test('bigger is better: a significant fall past the threshold regresses, a rise improves', () => {
  assert.equal(verdictOf(v({ better: 'bigger', changePct: -25, ciLowPct: -30, ciHighPct: -20, p: 0.001 }), ALPHA, THRESHOLD), 'regressed');
  assert.equal(verdictOf(v({ better: 'bigger', changePct: 25, ciLowPct: 20, ciHighPct: 30, p: 0.001 }), ALPHA, THRESHOLD), 'improved');
});

test('a large change that is not significant (p >= alpha) never regresses', () => {
  assert.notEqual(verdictOf(v({ changePct: 40, ciLowPct: -5, ciHighPct: 80, p: 0.01 }), ALPHA, THRESHOLD), 'regressed');
  assert.equal(verdictOf(v({ changePct: 40, ciLowPct: -5, ciHighPct: 80, p: 0.01 }), ALPHA, THRESHOLD), 'inconclusive');
});

test('a significant change within the threshold is unchanged', () => {
  assert.equal(verdictOf(v({ changePct: 5, ciLowPct: 3, ciHighPct: 7, p: 1e-4 }), ALPHA, THRESHOLD), 'unchanged');
  assert.equal(verdictOf(v({ better: 'bigger', changePct: -5, ciLowPct: -7, ciHighPct: -3, p: 1e-4 }), ALPHA, THRESHOLD), 'unchanged');
});

test('threshold edge: exactly 10% is not beyond it; 10.000001% is', () => {
  // 110 / 100 - 1 = 0.10000000000000009 in doubles: rounding keeps it "exactly 10%".
  const exact = (110 / 100 - 1) * 100;
  assert.equal(verdictOf(v({ changePct: exact, ciLowPct: 9, ciHighPct: 11, p: 1e-4 }), ALPHA, THRESHOLD), 'unchanged');
  assert.equal(verdictOf(v({ changePct: 10.000001, ciLowPct: 9, ciHighPct: 11, p: 1e-4 }), ALPHA, THRESHOLD), 'regressed');
  assert.equal(
    verdictOf(v({ better: 'bigger', changePct: (90 / 100 - 1) * 100, ciLowPct: -11, ciHighPct: -9, p: 1e-4 }), ALPHA, THRESHOLD),
    'unchanged',
  );
  assert.equal(verdictOf(v({ better: 'bigger', changePct: -10.000001, ciLowPct: -11, ciHighPct: -9, p: 1e-4 }), ALPHA, THRESHOLD), 'regressed');
});

test('alpha edge: p exactly alpha is not significant', () => {
  assert.equal(verdictOf(v({ changePct: 30, ciLowPct: 20, ciHighPct: 40, p: 0.01 }), ALPHA, THRESHOLD), 'inconclusive');
  assert.equal(verdictOf(v({ changePct: 30, ciLowPct: 20, ciHighPct: 40, p: 0.0099 }), ALPHA, THRESHOLD), 'regressed');
});

test('inconclusive when the samples cannot reach alpha at all (3 vs 3: min p = 0.1)', () => {
  assert.equal(verdictOf(v({ changePct: 1, ciLowPct: -2, ciHighPct: 2, p: 0.7, minP: 0.1 }), ALPHA, THRESHOLD), 'inconclusive');
});

test('not significant: unchanged when the CI rules out a regression past the threshold, else inconclusive', () => {
  assert.equal(verdictOf(v({ changePct: 2, ciLowPct: -3, ciHighPct: 9.9, p: 0.3 }), ALPHA, THRESHOLD), 'unchanged');
  assert.equal(verdictOf(v({ changePct: 2, ciLowPct: -3, ciHighPct: 12, p: 0.3 }), ALPHA, THRESHOLD), 'inconclusive');
  // For bigger-is-better the worse end is the low end.
  assert.equal(verdictOf(v({ better: 'bigger', changePct: -2, ciLowPct: -9.9, ciHighPct: 3, p: 0.3 }), ALPHA, THRESHOLD), 'unchanged');
  assert.equal(verdictOf(v({ better: 'bigger', changePct: -2, ciLowPct: -12, ciHighPct: 3, p: 0.3 }), ALPHA, THRESHOLD), 'inconclusive');
  // A wide CI on the better side only does not make it inconclusive.
  assert.equal(verdictOf(v({ changePct: -2, ciLowPct: -40, ciHighPct: 5, p: 0.3 }), ALPHA, THRESHOLD), 'unchanged');
});
