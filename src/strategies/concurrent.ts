/** concurrent: every task started at once on this thread (Promise.allSettled). */
import type { Strategy, StrategyOptions } from './strategy.js';
import { outcomeOf } from './strategy.js';

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
