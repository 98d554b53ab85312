/** bounded: at most `concurrency` tasks in flight on this thread, with p-limit. */
import pLimit from 'p-limit';
import type { Strategy, StrategyOptions } from './strategy.js';
import { outcomeOf } from './strategy.js';

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
