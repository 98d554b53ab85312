import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mannWhitneyU, minimumPValue, uCdf, uDistribution } from '../../src/stats/mann-whitney.js';

test('null distribution of U for m = n = 3 is the Gaussian binomial [6 choose 3]_q (20 arrangements)', () => {
  assert.deepEqual([...uDistribution(3, 3)], [1, 1, 2, 3, 3, 3, 3, 2, 1, 1]);
});

test('complete separation of 5 vs 5: U = 0, exact two-sided p = 2/252 = 0.007937 (R: wilcox.test(1:5, 6:10))', () => {
  const r = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
  assert.equal(r.u, 0);
  assert.equal(r.method, 'exact');
  assert.equal(r.p, 2 / 252);
});

test('U counts pairs x > y; two-sided p doubles the smaller tail (3 vs 3, hand-counted)', () => {
  const r = mannWhitneyU([1, 4, 5], [2, 3, 6]);
  // pairs x > y: 4>2, 4>3, 5>2, 5>3 = 4 -> U = 4, min(U, 9 - U) = 4 -> P(U <= 4) = 10/20.
  assert.equal(r.u, 4);
  assert.equal(r.p, 1);
  const s = mannWhitneyU([1, 2, 5], [3, 4, 6]);
  // pairs x > y: 5>3, 5>4 -> U = 2; P(U <= 2) = (1 + 1 + 2)/20 -> p = 0.4.
  assert.equal(s.u, 2);
  assert.equal(s.p, 2 * (4 / 20));
});

test('exact test of 8 vs 10 without ties matches scipy.stats.mannwhitneyu(method="exact")', () => {
  // scipy 1.17: statistic = 5.0, pvalue = 0.0008684126331185155
  const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64];
  const y = [1.73, 2.47, 1.62, 2.08, 3.17, 1.92, 2.61, 2.24, 2.55, 1.97];
  const r = mannWhitneyU(x, y);
  assert.equal(r.method, 'exact');
  assert.equal(r.u, 5);
  assert.ok(Math.abs(r.p - 0.0008684126331185155) < 1e-12, `p = ${r.p}`);
});

test('uCdf is symmetric and sums to 1', () => {
  assert.equal(uCdf(4, 6, 24), 1);
  assert.ok(Math.abs(uCdf(4, 6, 11) - (1 - uCdf(4, 6, 12))) < 1e-15);
});

test('minimum attainable p: 3 vs 3 cannot reach 0.01 (0.1), 5 vs 5 can (0.0079)', () => {
  assert.equal(minimumPValue(3, 3), 0.1);
  assert.equal(minimumPValue(5, 5), 2 / 252);
});
