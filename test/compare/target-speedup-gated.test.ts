// The target sweep's speedup (throughput at k over throughput one call at a time, same run) is derived
// like a batch's and gated by compare like one, so a user can gate their API's concurrency in CI;
// the load suite's throughputs, which have no one-at-a-time point, get none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { applySpeedups } from '../../src/model/derive.js';
import { around, resultsFile, suite, throughputResult } from './fixtures.js';

const sweep = (atFour: number) => {
  const one = { ...throughputResult('sequential', around(100), 100), point: {} };
  const four = { ...throughputResult('concurrent', around(atFour), 400), point: { inFlight: 4 } };
  return resultsFile([suite('target', applySpeedups([one, four]))]);
};

test('derived: 380 req/s at k = 4 over 100 one at a time is 3.8x', () => {
  const results = sweep(380).suites[0]?.results ?? [];
  const four = results[1];
  assert.ok(four?.state === 'completed');
  assert.ok(Math.abs((four.speedup ?? 0) - 3.8) < 0.05, String(four.speedup));
  assert.equal(results[0]?.state === 'completed' && results[0].speedup, 1);
});

test('gated: the speedup at k = 4 falling by half fails the comparison', () => {
  const c = compare(sweep(380), sweep(190));
  const m = c.metrics.find((x) => x.id === 'target/io/concurrent/inFlight=4:speedup');
  assert.equal(m?.gated, true);
  assert.equal(m?.verdict, 'regressed');
  assert.equal(c.failed, true);
});

test('the load suite keeps no speedup: no reference point there', () => {
  const [r] = applySpeedups([throughputResult('io', around(1000), 2000)]);
  assert.equal(r?.state === 'completed' && r.speedup, null);
});
