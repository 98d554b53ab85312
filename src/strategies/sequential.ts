/** sequential: one task after another, each awaited before the next starts. */
import type { Strategy, StrategyOptions } from './strategy.js';
import { defineStrategy, outcomeOf } from './strategy.js';

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

export const sequential = defineStrategy({
  name: 'sequential',
  summary: 'one task after another, each awaited before the next',
  create: createSequential,
  model: {
    io: ({ tasks: n, delayMs: d }) => ({ ms: n * d, formula: `N*d = ${n}*${d}` }),
    cpu: ({ tasks: n, cpuMs: c }) => ({ ms: n * c, formula: `N*c = ${n}*${c}` }),
    mixed: ({ tasks: n, cpuMs: c, delayMs: d }) => ({ ms: n * (c + d), formula: `N*(c+d) = ${n}*(${c}+${d})` }),
  },
});
