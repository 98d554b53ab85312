/** concurrent: every task started at once on this thread (Promise.allSettled). */
import type { Strategy, StrategyOptions } from './strategy.js';
import { defineStrategy, outcomeOf } from './strategy.js';

export function createConcurrent({ execute }: StrategyOptions): Strategy {
  return {
    name: 'concurrent',
    async prepare() {
      return {};
    },
    async runBatch(tasks) {
      return outcomeOf(await Promise.allSettled(tasks.map((task) => execute(task))));
    },
    async close() {},
  };
}

export const concurrent = defineStrategy({
  name: 'concurrent',
  summary: 'every task at once on this thread (Promise.all)',
  create: createConcurrent,
  model: {
    // Every wait overlaps: the batch takes one call's time.
    io: ({ delayMs: d }) => ({ ms: d, formula: `d = ${d}` }),
    // One thread: the CPU parts queue, concurrency or not.
    cpu: ({ tasks: n, cpuMs: c }) => ({ ms: n * c, formula: `N*c = ${n}*${c}` }),
    // All requests go out at once and their waits overlap (d), but the N CPU parts share the thread.
    mixed: ({ tasks: n, cpuMs: c, delayMs: d }) => ({ ms: n * c + d, formula: `N*c+d = ${n}*${c}+${d}` }),
  },
});
