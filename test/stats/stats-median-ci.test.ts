import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binomialHalfCdf, computeStats, medianCi, quantileSorted } from '../../src/stats/summary.js';

test('median CI of 10 samples is [x(2), x(9)] at 97.85% (binomial order statistics)', () => {
  const ci = medianCi([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(ci.low, 2);
  assert.equal(ci.high, 9);
  assert.equal(ci.level, 1 - (2 * 11) / 1024);
});

test('median CI of 5 samples falls back to min..max with its true coverage 93.75%', () => {
  const ci = medianCi([5, 1, 4, 2, 3].sort((a, b) => a - b));
  assert.deepEqual([ci.low, ci.high, ci.level], [1, 5, 0.9375]);
});

test('median CI of 20 samples is [x(6), x(15)] at 95.86%', () => {
  const asc = Array.from({ length: 20 }, (_, i) => i + 1);
  const ci = medianCi(asc);
  assert.deepEqual([ci.low, ci.high], [6, 15]);
  assert.ok(Math.abs(ci.level - 0.9586) < 1e-4);
});

test('binomial CDF at n=10', () => {
  assert.equal(binomialHalfCdf(10, 1), 11 / 1024);
  assert.equal(binomialHalfCdf(10, 10), 1);
  assert.equal(binomialHalfCdf(10, -1), 0);
});

test('quantiles interpolate linearly (type 7)', () => {
  assert.equal(quantileSorted([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantileSorted([1, 2, 3, 4], 0.75), 3.25);
  assert.equal(quantileSorted([7], 0.99), 7);
});

test('computeStats: mean, sd (n-1), rme with t(9)=2.262', () => {
  const s = computeStats([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
  assert.equal(s.mean, 5.5);
  assert.equal(s.median, 5.5);
  assert.equal(s.min, 1);
  assert.equal(s.max, 10);
  assert.ok(Math.abs(s.sd - 3.02765) < 1e-5);
  // rme = 2.262 * 3.02765 / sqrt(10) / 5.5 * 100
  assert.ok(Math.abs(s.rme - 39.3764) < 1e-3);
});
