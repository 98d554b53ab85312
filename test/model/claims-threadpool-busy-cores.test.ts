// The threadpool claim reads how many threads computed at once under Promise.all (the child's CPU
// time over wall time), not a ratio of times: on cores of different speeds one thread can read 1.65x
// over the same calls awaited one by one (measured on Node 20), and it still ran one call at a time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { threadpoolClaims } from '../../src/model/threadpool-claims.js';
import { suiteOf } from './results-builder.js';
import { threadpoolResults } from './threadpool-builder.js';

const decide = (speedups: Record<number, number>, busy: Record<number, number>) =>
  threadpoolClaims(suiteOf('threadpool', threadpoolResults(speedups, { serial: 1, busy })), 2)[0];

test('one thread at size 1 holds however fast its core made Promise.all look', () => {
  // The figures of the ✘ run: size 1 at 1.65x, on the fast core; one thread busy all the same.
  const claim = decide({ 1: 1.65, 2: 1.94, 4: 1.57, 8: 1.73 }, { 1: 1.01, 2: 1.97, 4: 1.96, 8: 1.95 });
  assert.equal(claim?.holds, true, claim?.evidence);
  assert.equal(
    claim?.evidence,
    'N = 8 calls of c = 5 ms on 2 cores, threads busy at once under Promise.all: size 1 1.01 (model 1), size 2 1.97 (model 2), ' +
      'size 4 1.96 (model 2), size 8 1.95 (model 2); Promise.all over awaited one by one: size 1 1.65x, size 2 1.94x, size 4 1.57x, size 8 1.73x; ' +
      'over pbkdf2Sync one by one: 1.65x, 1.94x, 1.57x, 1.73x',
  );
});

test('two threads busy at size 1 (the size not applied) fail, whatever the times say', () => {
  assert.equal(decide({ 1: 1, 2: 2, 4: 2 }, { 1: 1.95, 2: 1.97, 4: 1.96 })?.holds, false);
});

test('one thread busy at size 2 on 2 cores (one call at a time) fails', () => {
  assert.equal(decide({ 1: 1, 2: 2, 4: 2 }, { 1: 1, 2: 1.02, 4: 1.96 })?.holds, false);
});

test('without busy cores (an older child) the speedup decides, as before', () => {
  assert.equal(decide({ 1: 1.65, 2: 1.94 }, {})?.holds, false);
  assert.equal(decide({ 1: 1.05, 2: 1.94 }, {})?.holds, true);
});
