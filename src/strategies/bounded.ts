/** bounded: at most `concurrency` tasks in flight on this thread, with p-limit. */
import pLimit from 'p-limit';
import type { Strategy, StrategyOptions } from './strategy.js';
import { defineStrategy, outcomeOf } from './strategy.js';

export function createBounded({ execute, concurrency }: StrategyOptions): Strategy {
  const limit = pLimit(concurrency);
  return {
    name: 'bounded',
    async prepare() {
      return {};
    },
    async runBatch(tasks) {
      return outcomeOf(await Promise.allSettled(tasks.map((task) => limit(() => execute(task)))));
    },
    async close() {
      limit.clearQueue();
    },
  };
}

export const bounded = defineStrategy({
  name: 'bounded',
  summary: 'at most K in flight on this thread (p-limit)',
  create: createBounded,
  model: {
    // Waves of k overlapping waits.
    io: ({ tasks: n, delayMs: d, concurrency: k }) => ({ ms: Math.ceil(n / k) * d, formula: `ceil(N/k)*d = ceil(${n}/${k})*${d}` }),
    cpu: ({ tasks: n, cpuMs: c }) => ({ ms: n * c, formula: `N*c = ${n}*${c}` }),
    // Waves of waits, but the CPU still queues on the one thread: the larger bound wins (a lower bound).
    mixed: ({ tasks: n, cpuMs: c, delayMs: d, concurrency: k }) => ({
      ms: Math.max(Math.ceil(n / k) * d + c, n * c + d),
      formula: `max(ceil(N/k)*d+c, N*c+d) = max(ceil(${n}/${k})*${d}+${c}, ${n}*${c}+${d})`,
    }),
  },
});
