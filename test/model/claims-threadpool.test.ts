import assert from 'node:assert/strict';
import { test } from 'node:test';
import { THREADPOOL_RULES, threadpoolClaims } from '../../src/model/threadpool-claims.js';
import type { Result } from '../../src/results/schema.js';
import { suiteOf } from './results-builder.js';
import { threadpoolResults } from './threadpool-builder.js';

const decide = (results: Result[], cores = 2) => threadpoolClaims(suiteOf('threadpool', results), cores)[0];

test('the claim holds on the figures measured on the 2-core machine', () => {
  const claim = decide(threadpoolResults({ 1: 0.83, 2: 1.77, 4: 1.95, 8: 1.9 }));
  assert.equal(claim?.id, 'threadpool.parallel-up-to-cores');
  assert.equal(claim?.holds, true, claim?.evidence);
  assert.match(claim?.evidence ?? '', /size 1 0\.83x \(model 1x\), size 2 1\.77x \(model 2x\)/);
  assert.match(claim?.evidence ?? '', /awaited one by one 0\.97-0\.97x/);
});

test('it fails when the pool runs one call at a time: no size gains', () => {
  assert.equal(decide(threadpoolResults({ 1: 0.9, 2: 0.95, 4: 1, 8: 1 }))?.holds, false);
});

test('it fails when one thread already runs in parallel (the size was not applied)', () => {
  assert.equal(decide(threadpoolResults({ 1: 1.9, 2: 1.9, 4: 1.95, 8: 1.9 }))?.holds, false);
});

test('it fails when a size beyond the cores gains well past min(size, cores)', () => {
  assert.equal(decide(threadpoolResults({ 1: 1, 2: 1.9, 4: 3.5, 8: 3.8 }))?.holds, false);
});

test('the bounds are inclusive, at their thresholds of the model', () => {
  const { oneThreadLow, parallelShareOfModel, beyondModel } = THREADPOOL_RULES;
  assert.equal(decide(threadpoolResults({ 1: oneThreadLow, 2: parallelShareOfModel * 2, 4: beyondModel * 2 }))?.holds, true);
  assert.equal(decide(threadpoolResults({ 1: oneThreadLow - 0.01, 2: 1.9 }))?.holds, false);
  assert.equal(decide(threadpoolResults({ 1: 1, 2: parallelShareOfModel * 2 - 0.01 }))?.holds, false);
});

test('on 8 cores each size is read against min(size, 8)', () => {
  const results = threadpoolResults({ 1: 0.9, 2: 1.8, 4: 3.5, 8: 6.2 }, { cores: 8 });
  assert.equal(decide(results, 8)?.holds, true);
  // 2x at size 8 is a pool of 2 on 8 cores: short of 0.7 x 8.
  assert.equal(decide(threadpoolResults({ 1: 0.9, 2: 1.8, 4: 2, 8: 2 }, { cores: 8 }), 8)?.holds, false);
});

test('undecided without size 1, or without any size >= 2', () => {
  const without = (sizes: number[]) => threadpoolResults({ 1: 0.9, 2: 1.8, 4: 1.9 }).filter((r) => !sizes.includes(r.point.poolSize ?? 0));
  const noOne = decide(without([1]));
  assert.equal(noOne?.holds, null);
  assert.match(noOne?.evidence ?? '', /^not measured: threadpool sync and async-all at UV_THREADPOOL_SIZE=1/);
  assert.equal(decide(without([2, 4]))?.holds, null);
  assert.equal(threadpoolClaims(undefined, 2)[0]?.holds, null);
});

test('an errored size is left out, and the evidence says so', () => {
  const results = threadpoolResults({ 1: 0.85, 2: 1.8, 4: 1.9 }).map(
    (r): Result =>
      r.point.poolSize === 4 && r.strategy === 'async-all'
        ? { workload: r.workload, strategy: r.strategy, point: r.point, params: r.params, state: 'errored', error: { name: 'AsyncbenchError', message: 'killed' } }
        : r,
  );
  const claim = decide(results);
  assert.equal(claim?.holds, true);
  assert.match(claim?.evidence ?? '', /size 4: no completed sync and async-all, left out/);
});

test('the evidence names the sizes measured while other processes kept cores busy', () => {
  const results = threadpoolResults({ 1: 0.9, 2: 1.05, 4: 1.8 }).map((r) => (r.point.poolSize === 2 && r.state === 'completed' ? { ...r, otherCpu: 0.95 } : r));
  const claim = decide(results);
  assert.equal(claim?.holds, false);
  assert.match(claim?.evidence ?? '', /crowded at size 2: other processes kept up to 0\.95 cores busy/);
});
