import assert from 'node:assert/strict';
import { test } from 'node:test';
import { criticalU, ratioCi, shiftCi } from '../../src/stats/hodges-lehmann.js';

test('critical U at 95% two-sided matches the printed Mann-Whitney tables', () => {
  // Table of critical values (two-tailed, alpha = .05): n1 = n2 = 5: 2; 8: 13; 10: 23; 20: 127; 5 vs 10: 8.
  assert.equal(criticalU(5, 5).c, 2);
  assert.equal(criticalU(8, 8).c, 13);
  assert.equal(criticalU(10, 10).c, 23);
  assert.equal(criticalU(20, 20).c, 127);
  assert.equal(criticalU(5, 10).c, 8);
  assert.equal(criticalU(3, 3).c, -1);
});

test('Hodges-Lehmann shift of 5 vs 5, hand-computed: median of the 25 differences and [d(3), d(23)]', () => {
  const x = [1, 2, 3, 4, 5];
  const y = [3, 4, 5, 6, 7.5];
  // Differences y - x sorted: -2 -1 -1 0 0 0 1 1 1 1 2 2 [2] 2 2.5 3 3 3 3.5 4 4 4.5 5 5.5 6.5
  // median (13th) = 2; c = 2 -> [d(3), d(23)] = [-1, 5]; coverage 1 - 2·P(U <= 2) = 1 - 2·4/252.
  const s = shiftCi(x, y);
  assert.equal(s.estimate, 2);
  assert.equal(s.low, -1);
  assert.equal(s.high, 5);
  assert.equal(s.method, 'exact');
  assert.ok(Math.abs(s.level - (1 - 8 / 252)) < 1e-12);
});

test('tiny samples fall back to the widest interval with its true coverage', () => {
  const s = shiftCi([10, 11], [12, 14]);
  // differences 1, 2, 3, 4: median 2.5, min..max = [1, 4], coverage 1 - 2/C(4,2) = 2/3.
  assert.deepEqual([s.estimate, s.low, s.high], [2.5, 1, 4]);
  assert.ok(Math.abs(s.level - 2 / 3) < 1e-12);
});

test('ratio form: a sample scaled by 1.25 gives the ratio 1.25 and an interval around it', () => {
  const x = [100, 102, 98, 101, 99, 103, 97, 100];
  const y = x.map((v) => v * 1.25);
  const r = ratioCi(x, y);
  assert.ok(Math.abs(r.estimate - 1.25) < 1e-12);
  assert.ok(r.low < 1.25 && r.high > 1.25 && r.low > 1.1 && r.high < 1.4);
});
