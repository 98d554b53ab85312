import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startLoadProbe } from '../../src/measure/background-load.js';

test('a busy neighbour process is counted as other cores; this process idling is not', { timeout: 20_000 }, async () => {
  const child = spawn(process.execPath, ['-e', 'const end = Date.now() + 3000; while (Date.now() < end) {}'], { stdio: 'ignore' });
  try {
    await sleep(300); // let the child get going
    const probe = startLoadProbe();
    await sleep(1000); // this process idles: only the neighbour burns
    const other = probe.stop();
    // The neighbour burns one full core; other load on the machine can only add to it.
    assert.ok(other >= 0.6, `other cores ${other}`);
  } finally {
    child.kill('SIGKILL');
  }
});

test('a probe stopped within 200 ms says 0: os.cpus() ticks are too coarse to tell', () => {
  assert.equal(startLoadProbe().stop(), 0);
});
