// Merging runs' capacities applies capacityOf's rule: the free cores are max(0, min(cores, onCpus -
// other)), onCpus absent meaning cores; and capacityOf records onCpus only when it differs from cores.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capacityOf } from '../../src/measure/capacity.js';
import { mergeCapacity } from '../../src/model/runs.js';
import type { Capacity } from '../../src/results/schema.js';

const capacity = (otherCpu: number, extra: Partial<Capacity> = {}): Capacity => ({
  cores: 2,
  otherCpu,
  otherCpuLow: otherCpu,
  otherCpuHigh: otherCpu,
  freeCores: 0,
  ownCpu: 1,
  waitingThreads: null,
  windowMs: 1000,
  ...extra,
});

test('under a quota of 2 cores on 8 CPUs: min(cores, onCpus - the largest other)', () => {
  assert.equal(mergeCapacity([capacity(3, { onCpus: 8 }), capacity(5, { onCpus: 8 })])?.freeCores, 2); // min(2, 8 - 5)
  const crowded = mergeCapacity([capacity(3, { onCpus: 8 }), capacity(7, { onCpus: 8 })]);
  assert.equal(crowded?.freeCores, 1); // min(2, 8 - 7)
  assert.equal(crowded?.onCpus, 8);
  assert.equal(mergeCapacity([capacity(3, { onCpus: 8 }), capacity(9, { onCpus: 8 })])?.freeCores, 0);
});

test('without a quota (onCpus absent): cores - the largest other, and no onCpus', () => {
  const merged = mergeCapacity([capacity(0.5), capacity(1.5)]);
  assert.equal(merged?.freeCores, 0.5);
  assert.equal(merged && 'onCpus' in merged, false);
});

test('capacityOf records onCpus only under a quota', () => {
  const a = { at: 0, machineMs: 0, ownMs: 0, childrenMs: 0, waitMs: 0 };
  const b = { at: 1000, machineMs: 3000, ownMs: 0, childrenMs: 0, waitMs: 0 };
  assert.equal(capacityOf(2, [a, b], [a, b], 500, 8).onCpus, 8);
  assert.equal('onCpus' in capacityOf(8, [a, b], [a, b], 500, 8), false);
});
