/**
 * worker-pool: every task dispatched whole to a piscina pool of `workers` threads (src/strategies/pool.ts),
 * each running one task at a time, its waits included.
 */
import type { TaskSpec } from '../workloads/task.js';
import { requirePool, type StartPool, startTaskPool, type TaskPool } from './pool.js';
import type { Strategy, StrategyOptions } from './strategy.js';
import { defineStrategy, outcomeOf } from './strategy.js';

export function createWorkerPool({ workers }: StrategyOptions, start: StartPool = startTaskPool): Strategy {
  let pool: TaskPool | undefined;
  return {
    name: 'worker-pool',
    async prepare(sample) {
      const started = await start(workers, sample, 'worker-pool');
      pool = started.pool;
      return { startupMs: started.startupMs };
    },
    async runBatch(tasks: readonly TaskSpec[]) {
      const p = requirePool(pool, 'worker-pool');
      return outcomeOf(await Promise.allSettled(tasks.map((task) => p.run(task))));
    },
    async close() {
      const p = pool;
      pool = undefined;
      if (p) await p.close();
    },
  };
}

/** W threads share the cores: CPU parts run min(W, cores) at a time. */
const lanes = (workers: number, cores: number) => Math.min(workers, cores);

export const workerPool = defineStrategy({
  name: 'worker-pool',
  summary: 'each task whole in a pool of W threads (piscina)',
  create: (options) => createWorkerPool(options),
  model: {
    // Each thread waits on its own calls, one at a time.
    io: ({ tasks: n, delayMs: d, workers: w }) => ({ ms: Math.ceil(n / w) * d, formula: `ceil(N/W)*d = ceil(${n}/${w})*${d}` }),
    cpu: ({ tasks: n, cpuMs: c, workers: w, cores }) => ({
      ms: Math.ceil(n / lanes(w, cores)) * c,
      formula: `ceil(N/min(W,cores))*c = ceil(${n}/min(${w},${cores}))*${c}`,
    }),
    // Each of the W threads runs its tasks one after another, waits included. When W > cores the CPU
    // parts also queue for the cores, so the time is at least N·c / min(W, cores): the larger bound,
    // which is the first whenever W <= cores (the default W = cores).
    mixed: ({ tasks: n, cpuMs: c, delayMs: d, workers: w, cores }) => {
      const perThread = Math.ceil(n / w) * (c + d);
      const cpuBound = (n * c) / lanes(w, cores);
      if (w <= cores || perThread >= cpuBound) return { ms: perThread, formula: `ceil(N/W)*(c+d) = ceil(${n}/${w})*(${c}+${d})` };
      return { ms: cpuBound, formula: `max(ceil(N/W)*(c+d), N*c/min(W,cores)) = ${n}*${c}/min(${w},${cores})` };
    },
  },
});
