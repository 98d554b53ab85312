/**
 * offload: the article's mixing advice (Python's `asyncio.to_thread` / `run_in_executor`) in Node.
 * Every task starts at once on this thread and awaits its I/O here, with the others in flight; its
 * CPU part then goes to a pool of `workers` threads (src/strategies/pool.ts). The batch awaits them all.
 *
 * An I/O task never touches the pool (the strategy behaves like `concurrent`), a CPU task runs whole
 * in it (like `worker-pool`), and a mixed task's I/O overlaps on the event loop while its CPU part runs
 * in parallel, off the loop. The pool is started only when the sample task has a CPU part.
 */
import type { TaskSpec } from '../workloads/task.js';
import { requirePool, type StartPool, startTaskPool, type TaskPool } from './pool.js';
import type { Strategy, StrategyOptions } from './strategy.js';
import { defineStrategy, outcomeOf } from './strategy.js';

const NAME = 'offload';

/** The part of a task the pool runs, if any: the whole of a CPU task, the CPU half of a mixed one. */
function cpuPart(task: TaskSpec): TaskSpec | undefined {
  if (task.kind === 'cpu') return task;
  if (task.kind === 'mixed' && task.cpuMs > 0) return { kind: 'cpu', cpuMs: task.cpuMs, itersPerMs: task.itersPerMs };
  return undefined;
}

export function createOffload({ execute, workers }: StrategyOptions, start: StartPool = startTaskPool): Strategy {
  let pool: TaskPool | undefined;
  const run = async (task: TaskSpec): Promise<void> => {
    if (task.kind === 'io') return execute(task);
    if (task.kind === 'mixed') await execute({ kind: 'io', url: task.url });
    const cpu = cpuPart(task);
    if (cpu) await requirePool(pool, NAME).run(cpu);
  };
  return {
    name: NAME,
    async prepare(sample) {
      const warm = cpuPart(sample) ?? (sample.kind === 'mixed' ? { kind: 'cpu' as const, cpuMs: 0, itersPerMs: sample.itersPerMs } : undefined);
      if (!warm) return {};
      const started = await start(workers, warm, NAME);
      pool = started.pool;
      return { startupMs: started.startupMs };
    },
    async runBatch(tasks) {
      return outcomeOf(await Promise.allSettled(tasks.map(run)));
    },
    async close() {
      const p = pool;
      pool = undefined;
      if (p) await p.close();
    },
  };
}

export const offload = defineStrategy({
  name: NAME,
  summary: 'I/O at once on this thread, CPU parts in a pool of W threads',
  create: (options) => createOffload(options),
  model: {
    // Like concurrent: every wait overlaps on the event loop.
    io: ({ delayMs: d }) => ({ ms: d, formula: `d = ${d}` }),
    // Like worker-pool: the CPU runs min(W, cores) at a time.
    cpu: ({ tasks: n, cpuMs: c, workers: w, cores }) => ({
      ms: Math.ceil(n / Math.min(w, cores)) * c,
      formula: `ceil(N/min(W,cores))*c = ceil(${n}/min(${w},${cores}))*${c}`,
    }),
    // Every wait overlaps (d); then the N CPU parts queue for the W threads: ceil(N/W)·c, or, when
    // W > cores, at least N·c / cores. So d + max(ceil(N/W)·c, N·c/min(W, cores)): d + ceil(N/W)·c
    // whenever W <= cores (the default W = cores).
    mixed: ({ tasks: n, cpuMs: c, delayMs: d, workers: w, cores }) => {
      const perThread = Math.ceil(n / w) * c;
      const cpuBound = (n * c) / Math.min(w, cores);
      if (perThread >= cpuBound) return { ms: d + perThread, formula: `d+ceil(N/W)*c = ${d}+ceil(${n}/${w})*${c}` };
      return { ms: d + cpuBound, formula: `d+max(ceil(N/W)*c, N*c/min(W,cores)) = ${d}+${n}*${c}/min(${w},${cores})` };
    },
  },
});
