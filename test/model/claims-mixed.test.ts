import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measuredCrossover, mixedClaims, mixedRows } from '../../src/model/mixed-claims.js';
import { mixedResult, modelRun } from './mixed-builder.js';
import { suiteOf } from './results-builder.js';

const claims = (results = modelRun()) => mixedClaims(suiteOf('mixed', results), 2);

test('mixed claims hold when the data is the model itself', () => {
  assert.deepEqual(
    claims().map((c) => [c.id, c.holds]),
    [
      ['mixed.crossover', true],
      ['mixed.model-fits', true],
      ['mixed.event-loop-delay-rises', true],
      ['mixed.offload-beats-both', true],
    ],
  );
});

test('measured crossover: interpolated where ln(concurrent/pool) crosses 0', () => {
  // f = 0.25: concurrent 55 vs pool 80; f = 0.75: concurrent 125 vs pool 80.
  const found = measuredCrossover(mixedRows(suiteOf('mixed', modelRun())));
  assert.deepEqual(found?.between, [0.25, 0.75]);
  const a = Math.log(55 / 80);
  const b = Math.log(125 / 80);
  assert.ok(Math.abs((found?.share ?? 0) - (0.25 + (0.5 * -a) / (b - a))) < 1e-12);
  assert.match(claims()[0]?.evidence ?? '', /model \(ceil\(N\/W\)-1\)\/\(N-1\) = 42.9%/);
});

test('crossover fails when the pool never wins', () => {
  const run = modelRun().map((r) => (r.strategy === 'worker-pool' ? mixedResult('worker-pool', r.point.cpuShare ?? 0, 400) : r));
  const crossover = claims(run)[0];
  assert.equal(crossover?.holds, false);
  assert.match(crossover?.evidence ?? '', /crossover measured nowhere in the sweep/);
});

test('model fit: tolerance 0.85-1.5x the model, each bound checked', () => {
  const at = (median: number) => claims(modelRun().map((r) => (r.strategy === 'worker-pool' && r.point.cpuShare === 1 ? mixedResult('worker-pool', 1, median) : r)))[1];
  assert.equal(at(80 * 1.5)?.holds, true);
  assert.equal(at(80 * 1.51)?.holds, false);
  assert.equal(at(80 * 0.85)?.holds, true);
  assert.equal(at(80 * 0.84)?.holds, false);
  assert.match(at(80 * 1.51)?.evidence ?? '', /15\/16 points within tolerance; furthest: worker-pool f=100%/);
});

test('event-loop delay: concurrent p99 must at least double and reach c/2 at the largest share', () => {
  const withTop = (p99: number) =>
    claims(modelRun().map((r) => (r.strategy === 'concurrent' && r.point.cpuShare === 1 ? mixedResult('concurrent', 1, 160, p99) : r)))[2];
  assert.equal(withTop(10)?.holds, true); // >= 2 x 1 ms and >= 10 ms (c = 20)
  assert.equal(withTop(9.9)?.holds, false);
});

test('no mixed results: every claim undecided', () => {
  assert.deepEqual(
    mixedClaims(suiteOf('mixed', []), 2).map((c) => c.holds),
    [null, null, null, null],
  );
});
