/** sequential: one task after another, each awaited before the next starts. */
import type { Strategy, StrategyOptions } from './strategy.js';
import { outcomeOf } from './strategy.js';

export function createSequential({ execute }: StrategyOptions): Strategy {
  return {
    name: 'sequential',
    async prepare() {
      return {};
    },
    async runBatch(tasks) {
      const settled: PromiseSettledResult<void>[] = [];
      for (const task of tasks) {
        try {
          await execute(task);
          settled.push({ status: 'fulfilled', value: undefined });
        } catch (reason) {
          settled.push({ status: 'rejected', reason });
        }
      }
      return outcomeOf(settled);
    },
    async close() {},
  };
}
