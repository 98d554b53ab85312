// On one core (taskset -c 0) a pool computes one task at a time: by the model neither the pool nor
// offload can beat concurrency, so mixed.crossover and mixed.offload-beats-both are not decided (the
// reason first, the figures kept), never ✘ for lack of a second core. The model fit and the loop
// claim are decided as on any machine; on 2 cores nothing changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mixedClaims } from '../../src/model/mixed-claims.js';
import { mixedResult, modelRun } from './mixed-builder.js';
import { suiteOf } from './results-builder.js';

/** The pool and offload as a single lane runs them: pool N(c + d) = 160 ms, offload d + Nc. */
const oneCoreRun = () =>
  modelRun().map((r) => {
    const f = Number(r.point.cpuShare);
    if (r.strategy === 'worker-pool') return mixedResult('worker-pool', f, 8 * 20 + 10, 1);
    if (r.strategy === 'offload') return mixedResult('offload', f, 20 * (1 - f) + 8 * 20 * f + 3, 1.5);
    return r;
  });

const claim = (cores: number, id: string) => mixedClaims(suiteOf('mixed', oneCoreRun()), cores).find((c) => c.id === id);

test('1 core: the crossover and offload claims are not decided, the reason first, the figures kept', () => {
  for (const id of ['mixed.crossover', 'mixed.offload-beats-both']) {
    const c = claim(1, id);
    assert.equal(c?.holds, null, id);
    assert.match(c?.evidence ?? '', /^not decided: a pool of W = 2 on 1 core computes one task at a time \(min\(W, cores\) = 1\).*needs a second core; measured: f=/, id);
  }
});

test('2 cores: the same figures fail both claims, as they should', () => {
  assert.equal(claim(2, 'mixed.crossover')?.holds, false);
  assert.equal(claim(2, 'mixed.offload-beats-both')?.holds, false);
});

test('1 core: a claim that holds anyway is left as it is, and the others are decided as anywhere', () => {
  const claims = mixedClaims(suiteOf('mixed', modelRun()), 1);
  assert.equal(claims.find((c) => c.id === 'mixed.crossover')?.holds, true);
  assert.equal(claims.find((c) => c.id === 'mixed.event-loop-delay-rises')?.holds, true);
});
