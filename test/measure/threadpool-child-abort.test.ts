// Ctrl-C (the run's signal) ends a threadpool child: the point is `aborted` (nothing to record) and
// the process is gone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { runThreadpoolChild } from '../../src/measure/threadpool-child.js';

const fakeChild = fileURLToPath(new URL('../support/fake-threadpool-child.js', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('aborting the signal kills the child and resolves aborted', { timeout: 20_000 }, async () => {
  const controller = new AbortController();
  let pid = 0;
  // Size 99: the fake reports its pid as a sample, then hangs.
  const outcome = runThreadpoolChild(
    { script: fakeChild, poolSize: 99, calls: 1, iterations: 1, timeMs: 0, minSamples: 1, timeoutMs: 60_000 },
    {
      signal: controller.signal,
      onSample: (_strategy, _index, ms) => {
        pid = ms;
        controller.abort();
      },
    },
  );
  assert.deepEqual(await outcome, { state: 'aborted' });
  assert.ok(pid > 0, 'the child reported its pid');
  await sleep(50);
  assert.equal(alive(pid), false, `child ${pid} outlived the abort`);
});
