// Real counters: a neighbour burning a core is counted as other processes; a child the harness
// registered as its own (a server) burning a core is counted as ours (Linux: /proc).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCapacityMonitor } from '../../src/measure/capacity.js';

const burn = () => spawn(process.execPath, ['-e', 'const end = Date.now() + 4000; while (Date.now() < end) {}'], { stdio: 'ignore' });

test('a busy neighbour is other processes\' cores; this process idling is not', { timeout: 20_000 }, async () => {
  const child = burn();
  const monitor = createCapacityMonitor({ cores: os.availableParallelism() });
  try {
    await sleep(300);
    const c = await monitor.sample(1000);
    // The neighbour burns one full core; other load on the machine can only add to it.
    assert.ok(c.otherCpu >= 0.6, `other cores ${c.otherCpu}`);
    assert.ok(c.ownCpu < 0.3, `own cores ${c.ownCpu}`);
  } finally {
    monitor.close();
    child.kill('SIGKILL');
  }
});

test('a child registered as ours counts as our own use, not as other processes', { timeout: 20_000, skip: !existsSync('/proc/self/stat') && 'no /proc here' }, async () => {
  const child = burn();
  const pid = child.pid as number;
  const ours = createCapacityMonitor({ cores: os.availableParallelism(), childPids: () => [pid] });
  // The same window read without the child registered: whatever else runs on the machine is in both.
  const unregistered = createCapacityMonitor({ cores: os.availableParallelism() });
  try {
    await sleep(300);
    const [c, u] = await Promise.all([ours.sample(1000), unregistered.sample(1000)]);
    assert.ok(c.ownCpu >= 0.6, `own cores ${c.ownCpu}`);
    // Registering it moves the child's core from other processes' to ours.
    assert.ok(u.otherCpu - c.otherCpu >= 0.6, `other ${c.otherCpu} registered vs ${u.otherCpu} not`);
  } finally {
    ours.close();
    unregistered.close();
    child.kill('SIGKILL');
  }
});
