// A window's capacity from hand-built counter readings: other processes' cores are the machine's
// busy time less this process's and its children's; the range comes from parts of >= chunkMs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capacityOf, otherCores } from '../../src/measure/capacity.js';
import type { CpuReading } from '../../src/measure/cpu-usage.js';

const at = (ms: number, machineMs: number, ownMs: number, childrenMs: number | null = 0, waitMs: number | null = 0): CpuReading => ({
  at: ms,
  machineMs,
  ownMs,
  childrenMs,
  waitMs,
});

test('other cores: the machine busy time less ours and our children, over the wall time', () => {
  // 1000 ms on which the machine was busy 1800 ms: 500 ours, 300 the servers', 1000 someone else's.
  assert.equal(otherCores(at(0, 0, 0, 0), at(1000, 1800, 500, 300)), 1);
  // Children unknown (not Linux): they count among the others.
  assert.equal(otherCores(at(0, 0, 0, null), at(1000, 1800, 500, null)), 1.3);
  // Never below 0 (the counters' ticks can put ours above the machine's for a moment).
  assert.equal(otherCores(at(0, 0, 0), at(100, 10, 50)), 0);
});

test('a window: mean other cores, its range over parts, free cores, our own use and waiting threads', () => {
  const a = at(0, 0, 0, 0, 0);
  const mid = at(500, 1250, 500, 0, 100); // first half: other 1.5 cores
  const b = at(1000, 2000, 1000, 0, 300); // second half: other 0.5 cores
  const c = capacityOf(2, [a, b], [a, mid, b], 500);
  assert.deepEqual(c, {
    cores: 2,
    otherCpu: 1,
    otherCpuLow: 0.5,
    otherCpuHigh: 1.5,
    freeCores: 1,
    ownCpu: 1,
    waitingThreads: 0.3,
    windowMs: 1000,
  });
});

test('parts shorter than chunkMs are not a range of their own: a short window has low = high = mean', () => {
  const a = at(0, 0, 0);
  const b = at(300, 450, 150);
  const c = capacityOf(2, [a, b], [a, b], 500);
  assert.equal(c.otherCpu, 1);
  assert.equal(c.otherCpuLow, 1);
  assert.equal(c.otherCpuHigh, 1);
  assert.equal(c.waitingThreads, 0);
});

test('no schedstat: waiting threads unknown, not 0', () => {
  const c = capacityOf(2, [at(0, 0, 0, 0, null), at(1000, 1000, 500, 0, null)], [at(0, 0, 0, 0, null), at(1000, 1000, 500, 0, null)], 500);
  assert.equal(c.waitingThreads, null);
});
