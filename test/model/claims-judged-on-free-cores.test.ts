// Claims about cores on a busy machine: judged against the cores other processes left free when the
// contention was steady, not decided when it varied, unchanged on a quiet machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuClaims } from '../../src/model/cpu-claims.js';
import type { Capacity } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

const params = { tasks: 8, cpuMs: 10, workers: 2 };
const capacity = (otherCpu: number, low = otherCpu, high = otherCpu): Capacity => ({
  cores: 2,
  otherCpu,
  otherCpuLow: low,
  otherCpuHigh: high,
  freeCores: Math.max(0, 2 - otherCpu),
  ownCpu: 1,
  waitingThreads: 0.5,
  windowMs: 500,
});

function poolClaim(poolSpeedup: number, seqCapacity?: Capacity, poolCapacity?: Capacity) {
  const claims = cpuClaims(
    suiteOf('cpu', [
      completed('cpu', 'sequential', 80, { params, speedup: 1, ...(seqCapacity ? { capacity: seqCapacity, otherCpu: seqCapacity.otherCpu } : {}) }),
      completed('cpu', 'worker-pool', 80 / poolSpeedup, { params, speedup: poolSpeedup, ...(poolCapacity ? { capacity: poolCapacity, otherCpu: poolCapacity.otherCpu } : {}) }),
    ]),
    2,
  );
  const claim = claims.find((c) => c.id === 'cpu.pool-speedup');
  assert.ok(claim);
  return claim;
}

test('a quiet machine: judged against all the cores, as before (0.97x fails the 1.4x line)', () => {
  const claim = poolClaim(0.97, capacity(0.05), capacity(0.1));
  assert.equal(claim.holds, false);
  assert.equal(claim.judgedAgainst?.basis, 'nominal');
  assert.equal(claim.judgedAgainst?.cores, 2);
});

test('steady contention: one core taken, the pool judged against the one left (0.97x >= 0.7 x 1)', () => {
  const claim = poolClaim(0.97, capacity(1.0, 0.95, 1.05), capacity(0.98, 0.94, 1.02));
  assert.equal(claim.holds, true);
  assert.equal(claim.judgedAgainst?.basis, 'free');
  assert.equal(claim.judgedAgainst?.cores, 1);
  assert.match(claim.evidence, /judged against 1 free core \(other processes held up to 1 of 2\)/);
});

test('steady contention still fails a pool that did not use the core it had (0.6x < 0.7 x 1.02)', () => {
  assert.equal(poolClaim(0.6, capacity(1.0), capacity(0.98)).holds, false);
});

test('contention that varied by more than a quarter of the cores: not decided, with the figures', () => {
  const claim = poolClaim(1.3, capacity(0.2), capacity(0.7, 0.1, 1.2));
  assert.equal(claim.holds, null);
  assert.match(claim.evidence, /varying share of the 2 cores .*worker-pool 0\.1-1\.2 cores/);
  assert.match(claim.evidence, /measured 1\.3x/);
});
