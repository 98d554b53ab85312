import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mannWhitneyU, midranks, normalUpperTail } from '../../src/stats/mann-whitney.js';

test('midranks average tied positions and the tie term sums t^3 - t', () => {
  const { ranks, tieTerm } = midranks([3, 1, 3, 2, 3]);
  assert.deepEqual(ranks, [4, 1, 4, 2, 4]);
  assert.equal(tieTerm, 3 ** 3 - 3);
});

test('with ties: normal approximation with tie and continuity corrections matches scipy (asymptotic)', () => {
  // scipy.stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=True): U = 7.5, p = 0.006373133838085873
  const r = mannWhitneyU([1, 2, 2, 3, 3, 3, 4, 5], [3, 4, 4, 5, 5, 6, 7, 7, 8]);
  assert.equal(r.method, 'normal');
  assert.equal(r.ties, true);
  assert.equal(r.u, 7.5);
  assert.ok(Math.abs(r.p - 0.006373133838085873) < 1e-6, `p = ${r.p}`);
});

test('all values equal: no evidence either way, p = 1', () => {
  const r = mannWhitneyU([5, 5, 5], [5, 5, 5, 5]);
  assert.equal(r.p, 1);
});

test('normal upper tail: Q(1.96) = 0.025, Q(0) = 0.5, Q(-1.96) = 0.975', () => {
  assert.ok(Math.abs(normalUpperTail(1.959963985) - 0.025) < 1e-7);
  assert.ok(Math.abs(normalUpperTail(0) - 0.5) < 1e-7);
  assert.ok(Math.abs(normalUpperTail(-1.959963985) - 0.975) < 1e-7);
});
