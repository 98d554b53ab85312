import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ioClaims } from '../../src/model/io-claims.js';
import { completed, suiteOf } from './results-builder.js';

const params = { tasks: 100, delayMs: 20 };

test('io claims hold when concurrency reaches half its ideal speedup and the batch takes about one call', () => {
  const suite = suiteOf('io', [
    completed('io', 'sequential', 2100, { ideal: 2000, params, speedup: 1 }),
    completed('io', 'concurrent', 30, { ideal: 20, params, speedup: 70 }),
  ]);
  const [speedup, oneCall] = ioClaims(suite);
  assert.equal(speedup?.holds, true);
  assert.equal(speedup?.evidence, '100 calls: sequential 2100 ms, concurrent 30 ms: 70x (ideal 100x)');
  assert.equal(oneCall?.holds, true);
  assert.equal(oneCall?.evidence, '100 concurrent calls of d = 20 ms took 30 ms (1.5x d)');
});

test('io claims fail when concurrency does not pay', () => {
  const suite = suiteOf('io', [
    completed('io', 'sequential', 2100, { ideal: 2000, params, speedup: 1 }),
    completed('io', 'concurrent', 1050, { ideal: 20, params, speedup: 2 }),
  ]);
  assert.deepEqual(
    ioClaims(suite).map((c) => c.holds),
    [false, false],
  );
});

test('io claims are undecided (null), not failed, when a strategy is missing', () => {
  const suite = suiteOf('io', [completed('io', 'sequential', 2100, { params })]);
  const claims = ioClaims(suite);
  assert.deepEqual(
    claims.map((c) => c.holds),
    [null, null],
  );
  assert.match(claims[0]?.evidence ?? '', /not measured: io\/concurrent/);
  assert.deepEqual(
    ioClaims(undefined).map((c) => c.holds),
    [null, null],
  );
});
