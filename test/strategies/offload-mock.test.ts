import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StartPool } from '../../src/strategies/pool.js';
import { createOffload } from '../../src/strategies/offload.js';
import type { TaskSpec } from '../../src/workloads/task.js';
import { FakeClock } from '../support/fake-clock.js';
import { fakeExecutor } from '../support/fake-executor.js';

/** A pool of `workers` lanes on the fake clock: a CPU task takes its cpuMs on a free lane. */
function fakePool(clock: FakeClock, log: { ran: TaskSpec[]; maxBusy: number; warm: TaskSpec[] }): StartPool {
  return async (workers, sample) => {
    log.warm.push(sample);
    let busy = 0;
    const waiting: Array<() => void> = [];
    return {
      startupMs: 1,
      pool: {
        async run(task) {
          if (busy >= workers) await new Promise<void>((resolve) => waiting.push(resolve));
          busy++;
          log.maxBusy = Math.max(log.maxBusy, busy);
          log.ran.push(task);
          try {
            await clock.sleep(task.kind === 'cpu' ? task.cpuMs : 0);
          } finally {
            busy--;
            waiting.shift()?.();
          }
        },
        async close() {},
      },
    };
  };
}

const mixed = (id: string, waitMs: number, cpuMs: number): TaskSpec => ({ kind: 'mixed', url: `fake://${waitMs}/${id}`, cpuMs, itersPerMs: 7 });

test('offload: every I/O wait overlaps on this thread, then the CPU parts run W at a time in the pool', async () => {
  const clock = new FakeClock();
  const fake = fakeExecutor(clock);
  const log = { ran: [] as TaskSpec[], maxBusy: 0, warm: [] as TaskSpec[] };
  const strategy = createOffload({ execute: fake.execute, concurrency: 1, workers: 2 }, fakePool(clock, log));
  await strategy.prepare(mixed('warm', 0, 1));
  assert.deepEqual(log.warm, [{ kind: 'cpu', cpuMs: 1, itersPerMs: 7 }]);
  const tasks = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => mixed(id, 20, 10));
  const outcome = await clock.run(strategy.runBatch(tasks));
  assert.deepEqual(outcome, { completed: 6, failed: 0 });
  assert.equal(fake.maxInFlight(), 6, 'all six waits in flight at once');
  assert.equal(log.maxBusy, 2, 'CPU parts two at a time');
  assert.ok(log.ran.every((t) => t.kind === 'cpu' && t.cpuMs === 10), 'the pool got only the CPU parts');
  // The model: d + ceil(N/W)*c = 20 + 3*10.
  assert.equal(clock.now(), 50);
  await strategy.close();
});

test('offload: an I/O task never starts a pool; a CPU task runs whole in it', async () => {
  const clock = new FakeClock();
  const fake = fakeExecutor(clock);
  const log = { ran: [] as TaskSpec[], maxBusy: 0, warm: [] as TaskSpec[] };
  const io = createOffload({ execute: fake.execute, concurrency: 1, workers: 2 }, fakePool(clock, log));
  assert.deepEqual(await io.prepare({ kind: 'io', url: 'fake://0/w' }), {});
  await clock.run(io.runBatch([{ kind: 'io', url: 'fake://30/a' }, { kind: 'io', url: 'fake://30/b' }]));
  assert.equal(clock.now(), 30);
  assert.equal(log.warm.length, 0);

  const cpu = createOffload({ execute: fake.execute, concurrency: 1, workers: 2 }, fakePool(clock, log));
  const task: TaskSpec = { kind: 'cpu', cpuMs: 10, itersPerMs: 7 };
  assert.deepEqual(await cpu.prepare(task), { startupMs: 1 });
  await clock.run(cpu.runBatch([task, task, task, task]));
  assert.equal(clock.now(), 30 + 20);
  assert.equal(log.ran.length, 4);
});
