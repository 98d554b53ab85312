/**
 * worker-pool: tasks dispatched to a piscina pool of `workers` threads, each running one task at a
 * time. The pool is created, its start-up timed, and every thread warmed before any batch is timed.
 */
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import { AsyncbenchError } from '../errors.js';
import type { TaskSpec } from '../workloads/task.js';
import type { Strategy, StrategyOptions } from './strategy.js';
import { outcomeOf } from './strategy.js';

const WORKER_FILE = new URL('./worker-task.js', import.meta.url).href;

export function createWorkerPool({ workers }: StrategyOptions): Strategy {
  let pool: Piscina | undefined;

  const running = (): Piscina => {
    if (!pool) throw new AsyncbenchError('ASYNCBENCH_ERR_WORKER', 'worker-pool: prepare() was not called');
    return pool;
  };

  return {
    name: 'worker-pool',
    async prepare(sample) {
      const started = performance.now();
      pool = new Piscina({
        filename: WORKER_FILE,
        minThreads: workers,
        maxThreads: workers,
        concurrentTasksPerWorker: 1,
        // Longer than any pause between batches (tinybench's budget, a slow suite's set-up), so a
        // thread never exits mid-strategy and the next batch never pays a restart; close() ends them.
        idleTimeout: 60_000,
      });
      try {
        // Start-up: until every thread has answered a no-op.
        await Promise.all(Array.from({ length: workers }, () => running().run(null)));
        const startupMs = performance.now() - started;
        // Warm-up: one real task per thread (JIT, sockets), not counted in start-up.
        await Promise.all(Array.from({ length: workers }, () => running().run(sample)));
        return { startupMs };
      } catch (cause) {
        throw new AsyncbenchError('ASYNCBENCH_ERR_WORKER', `worker-pool: could not start ${workers} threads`, {
          cause,
        });
      }
    },
    async runBatch(tasks: readonly TaskSpec[]) {
      const p = running();
      return outcomeOf(await Promise.allSettled(tasks.map((task) => p.run(task))));
    },
    async close() {
      const p = pool;
      pool = undefined;
      if (p) await p.destroy();
    },
  };
}
