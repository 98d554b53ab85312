// A window shorter than minWindowMs takes the other processes' figure over the last minWindowMs
// before its end (10 ms counter ticks make a 100 ms window noise); its own use stays the window's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createCapacityMonitor } from '../../src/measure/capacity.js';
import type { CpuReading } from '../../src/measure/cpu-usage.js';

test('a 100 ms window reads other processes over the last 500 ms, and its own CPU over its 100 ms', () => {
  // A fake clock: each reading is the next in this list.
  const readings: CpuReading[] = [
    // an earlier window, 0..250 (the neighbour burns 1 core throughout)
    { at: 0, machineMs: 0, ownMs: 0, childrenMs: 0, waitMs: 0 },
    { at: 250, machineMs: 250, ownMs: 0, childrenMs: 0, waitMs: 0 },
    // the window: 500..600, this process burns 2 cores, the neighbour 1
    { at: 500, machineMs: 500, ownMs: 0, childrenMs: 0, waitMs: 0 },
    { at: 600, machineMs: 800, ownMs: 200, childrenMs: 0, waitMs: 50 },
  ];
  let i = 0;
  const monitor = createCapacityMonitor({ cores: 2, tick: false, read: () => readings[i++] as CpuReading });
  monitor.start().stop(); // readings 0 and 1 go into the monitor's history
  const c = monitor.start().stop();
  assert.equal(c.ownCpu, 2);
  assert.equal(c.waitingThreads, 0.5);
  // Other processes from the reading at 0 (the last one at least 500 ms before 600) to 600: 1 core.
  assert.equal(c.otherCpu, 1);
  assert.equal(c.windowMs, 600);
  monitor.close();
});
