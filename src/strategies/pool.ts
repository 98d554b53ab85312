/**
 * The thread pool both pooled strategies (worker-pool, offload) run tasks in: a piscina pool of
 * `workers` threads, each running one task at a time. It is created, its start-up timed, and every
 * thread warmed before any batch is timed.
 */
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import { AsyncbenchError } from '../errors.js';
import type { TaskSpec } from '../workloads/task.js';

const WORKER_FILE = new URL('./worker-task.js', import.meta.url).href;

/** A started pool: runs a task on one of its threads; rejects when the task fails. */
export interface TaskPool {
  run(task: TaskSpec): Promise<void>;
  /** Ends the threads. Idempotent. */
  close(): Promise<void>;
}

/** Starts a pool of `workers` threads and warms each with one `sample` task. */
export type StartPool = (workers: number, sample: TaskSpec, strategy: string) => Promise<{ pool: TaskPool; startupMs: number }>;

export const startTaskPool: StartPool = async (workers, sample, strategy) => {
  const started = performance.now();
  const piscina = new Piscina({
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
    await Promise.all(Array.from({ length: workers }, () => piscina.run(null)));
    const startupMs = performance.now() - started;
    // Warm-up: one real task per thread (JIT, sockets), not counted in start-up.
    await Promise.all(Array.from({ length: workers }, () => piscina.run(sample)));
    let closed = false;
    return {
      startupMs,
      pool: {
        run: (task) => piscina.run(task),
        async close() {
          if (closed) return;
          closed = true;
          await piscina.destroy();
        },
      },
    };
  } catch (cause) {
    await piscina.destroy().catch(() => {});
    throw new AsyncbenchError('ASYNCBENCH_ERR_WORKER', `${strategy}: could not start ${workers} threads`, { cause });
  }
};

/** The pool of a strategy once prepare() has run; a typed error before. */
export function requirePool(pool: TaskPool | undefined, strategy: string): TaskPool {
  if (!pool) throw new AsyncbenchError('ASYNCBENCH_ERR_WORKER', `${strategy}: prepare() was not called`);
  return pool;
}
