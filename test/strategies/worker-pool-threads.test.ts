import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startIoServer } from '../../servers/io-server.js';
import { createWorkerPool } from '../../src/strategies/worker-pool.js';
import type { TaskSpec } from '../../src/workloads/task.js';

test('worker-pool: reports start-up and runs W tasks at once (I/O waits overlap across threads)', async () => {
  // I/O, not CPU: on a shared 2-core machine another process can take a core at any time, but
  // waits on a timer still overlap, so the ratio below holds however loaded the machine is.
  const server = await startIoServer({ port: 0 });
  const task: TaskSpec = { kind: 'io', url: `${server.url}/delay?ms=100` };
  const time = async (workers: number) => {
    const pool = createWorkerPool({ execute: async () => {}, concurrency: 1, workers });
    try {
      const { startupMs } = await pool.prepare(task);
      assert.ok(typeof startupMs === 'number' && startupMs > 0);
      const start = performance.now();
      const outcome = await pool.runBatch(Array.from({ length: 4 }, () => task));
      assert.deepEqual(outcome, { completed: 4, failed: 0 });
      return performance.now() - start;
    } finally {
      await pool.close();
    }
  };
  try {
    const one = await time(1);
    const two = await time(2);
    // Ideal: 4 x 100 ms on one thread, 2 x 100 ms on two.
    assert.ok(two < one * 0.75, `2 threads ${two.toFixed(1)} ms vs 1 thread ${one.toFixed(1)} ms`);
  } finally {
    await server.close();
  }
});

test('worker-pool: a failing task is counted, not thrown', async () => {
  const pool = createWorkerPool({ execute: async () => {}, concurrency: 1, workers: 1 });
  try {
    await pool.prepare({ kind: 'cpu', cpuMs: 0, itersPerMs: 1 });
    // Port 9 (discard) on loopback: nothing listens, the request fails fast.
    const outcome = await pool.runBatch([{ kind: 'io', url: 'http://127.0.0.1:9/' }, { kind: 'cpu', cpuMs: 1, itersPerMs: 1000 }]);
    assert.equal(outcome.failed, 1);
    assert.equal(outcome.completed, 1);
  } finally {
    await pool.close();
  }
});
