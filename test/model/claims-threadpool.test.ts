import assert from 'node:assert/strict';
import { test } from 'node:test';
import { THREADPOOL_RULES, threadpoolClaims } from '../../src/model/threadpool-claims.js';
import type { Result } from '../../src/results/schema.js';
import { suiteOf } from './results-builder.js';
import { type ThreadpoolBuild, threadpoolResults } from './threadpool-builder.js';

/** The claim over hand-built results; `serial: 1` makes async-all's speedup over sync and over async-serial the same. */
const decide = (allSpeedups: Record<number, number>, build: ThreadpoolBuild = {}, cores = 2) =>
  threadpoolClaims(suiteOf('threadpool', threadpoolResults(allSpeedups, { serial: 1, ...build })), cores)[0];

test('the claim holds on figures like those measured on the 2-core machine', () => {
  const claim = decide({ 1: 1.05, 2: 1.9, 4: 1.95, 8: 1.9 });
  assert.equal(claim?.id, 'threadpool.parallel-up-to-cores');
  assert.equal(claim?.holds, true, claim?.evidence);
  assert.equal(
    claim?.evidence,
    'N = 8 calls of c = 5 ms on 2 cores, Promise.all over awaited one by one: size 1 1.05x (model 1x), size 2 1.9x (model 2x), ' +
      'size 4 1.95x (model 2x), size 8 1.9x (model 2x); over pbkdf2Sync one by one: 1.05x, 1.9x, 1.95x, 1.9x',
  );
});

test('it reads Promise.all against awaited one by one, not against sync (whose thread may get another core)', () => {
  // The main thread on a slower core: both async ways read 1.5x against sync at size 1, 1.0x against each other.
  assert.equal(decide({ 1: 1.5, 2: 3, 4: 3.1 }, { serial: 1.5 })?.holds, true);
  // The main thread on a faster core: against sync Promise.all reads below 1.4x at size 2, against awaited one by one 2x.
  assert.equal(decide({ 1: 0.65, 2: 1.3, 4: 1.3 }, { serial: 0.65 })?.holds, true);
});

test('it fails when the pool runs one call at a time: no size gains', () => {
  assert.equal(decide({ 1: 0.95, 2: 1, 4: 1, 8: 1 })?.holds, false);
});

test('it fails when one thread already runs in parallel (the size was not applied)', () => {
  assert.equal(decide({ 1: 1.9, 2: 1.9, 4: 1.95, 8: 1.9 })?.holds, false);
});

test('it fails when a size beyond the cores gains well past min(size, cores)', () => {
  assert.equal(decide({ 1: 1, 2: 1.9, 4: 3.5, 8: 3.8 })?.holds, false);
});

test('the band is 0.7-1.3 x the model, inclusive', () => {
  const { shareOfModelLow: low, shareOfModelHigh: high } = THREADPOOL_RULES;
  assert.equal(decide({ 1: low, 2: low * 2, 4: high * 2 })?.holds, true);
  assert.equal(decide({ 1: high, 2: 2 })?.holds, true);
  assert.equal(decide({ 1: low - 0.01, 2: 2 })?.holds, false);
  assert.equal(decide({ 1: high + 0.01, 2: 2 })?.holds, false);
  assert.equal(decide({ 1: 1, 2: low * 2 - 0.01 })?.holds, false);
});

test('on 8 cores each size is read against min(size, 8)', () => {
  assert.equal(decide({ 1: 1, 2: 1.9, 4: 3.6, 8: 6.5 }, { cores: 8 }, 8)?.holds, true);
  // 2x at size 8 is a pool of 2 on 8 cores: short of 0.7 x 8.
  assert.equal(decide({ 1: 1, 2: 1.9, 4: 2, 8: 2 }, { cores: 8 }, 8)?.holds, false);
});

function without(sizes: number[]): Result[] {
  return threadpoolResults({ 1: 1, 2: 1.9, 4: 1.9 }).filter((r) => !sizes.includes(r.point.poolSize ?? 0));
}

test('undecided without size 1, or without any size >= 2', () => {
  const noOne = threadpoolClaims(suiteOf('threadpool', without([1])), 2)[0];
  assert.equal(noOne?.holds, null);
  assert.match(noOne?.evidence ?? '', /^not measured: threadpool async-serial and async-all at UV_THREADPOOL_SIZE=1/);
  assert.equal(threadpoolClaims(suiteOf('threadpool', without([2, 4])), 2)[0]?.holds, null);
  assert.equal(threadpoolClaims(undefined, 2)[0]?.holds, null);
});

test('an errored size is left out, and the evidence says so', () => {
  const results = threadpoolResults({ 1: 1, 2: 1.8, 4: 1.9 }, { serial: 1 }).map(
    (r): Result =>
      r.point.poolSize === 4 && r.strategy === 'async-all'
        ? { workload: r.workload, strategy: r.strategy, point: r.point, params: r.params, state: 'errored', error: { name: 'AsyncbenchError', message: 'killed' } }
        : r,
  );
  const claim = threadpoolClaims(suiteOf('threadpool', results), 2)[0];
  assert.equal(claim?.holds, true);
  assert.match(claim?.evidence ?? '', /size 4: no completed async-serial and async-all, left out/);
});

test('a size measured beside a busy neighbour is judged against the cores it left free', () => {
  // Size 2 at 1.05x with one core taken: m on the one free core is 1, so 1.05x is what it could do.
  const results = threadpoolResults({ 1: 1, 2: 1.05, 4: 1.8 }, { serial: 1 }).map((r) =>
    r.point.poolSize === 2 && r.state === 'completed' ? { ...r, otherCpu: 0.95 } : r,
  );
  const claim = threadpoolClaims(suiteOf('threadpool', results), 2)[0];
  assert.equal(claim?.holds, true);
  assert.equal(claim?.judgedAgainst?.basis, 'free');
  assert.match(claim?.evidence ?? '', /size 2 1\.05x \(model 1x\)/);
  assert.match(claim?.evidence ?? '', /judged against 1\.05 free cores \(other processes held up to 0\.95 of 2\)/);
});
