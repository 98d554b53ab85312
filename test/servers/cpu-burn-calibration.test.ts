import assert from 'node:assert/strict';
import { test } from 'node:test';
import { burnFor, burnIterations, calibrate } from '../../servers/cpu-burn.js';

test('burnIterations is deterministic and depends on n (so it cannot be optimised away)', () => {
  assert.equal(burnIterations(1000), burnIterations(1000));
  assert.notEqual(burnIterations(1000), burnIterations(1001));
  assert.equal(burnIterations(0), 0x9e3779b9);
});

test('calibrate returns a positive, finite speed and rejects bad arguments', () => {
  const rate = calibrate(5, 2);
  assert.ok(rate > 0 && Number.isFinite(rate));
  assert.throws(() => calibrate(0), RangeError);
  assert.throws(() => calibrate(5, 0), RangeError);
});

test('burnFor runs round(ms * itersPerMs) iterations, and 3x the ms takes clearly longer', () => {
  const rate = calibrate(10, 3);
  assert.equal(burnFor(7, rate).iterations, Math.round(7 * rate));
  assert.equal(burnFor(0, rate).iterations, 0);
  // Best of three each: interference only slows a run down.
  const best = (ms: number): number => Math.min(...[0, 1, 2].map(() => burnFor(ms, rate).actualMs));
  const ratio = best(60) / best(20);
  assert.ok(ratio > 1.8 && ratio < 6, `60 ms of work took ${ratio.toFixed(2)}x 20 ms of work (ideal 3)`);
});
