/**
 * cpu suite: N tasks of c ms of CPU under every strategy. The thesis: concurrency on one thread
 * changes nothing; only the worker pool speeds it up, up to the core count.
 */
import { cpuClaims } from '../src/model/cpu-claims.js';
import { idealTime } from '../src/model/ideal.js';
import type { PresetName } from '../src/measure/options.js';
import type { Budget, SuiteContext, SuiteDefinition } from '../src/measure/suite.js';
import type { TaskSpec } from '../src/workloads/task.js';

const CPU_SIZES: Record<PresetName, { tasks: number; cpuMs: number; budget: Budget }> = {
  quick: { tasks: 8, cpuMs: 10, budget: { timeMs: 300, minSamples: 5 } },
  standard: { tasks: 16, cpuMs: 20, budget: { timeMs: 1500, minSamples: 5 } },
  thorough: { tasks: 32, cpuMs: 25, budget: { timeMs: 4000, minSamples: 10 } },
};

function sizes(ctx: Pick<SuiteContext, 'preset' | 'options'>) {
  const s = CPU_SIZES[ctx.preset];
  return { ...s, tasks: ctx.options.tasks ?? s.tasks, cpuMs: ctx.options.cpuMs ?? s.cpuMs };
}

export const cpuSuite: SuiteDefinition = {
  name: 'cpu',
  title: 'CPU-bound: N tasks that each compute for c ms',
  params(ctx) {
    const s = sizes(ctx);
    return {
      tasks: s.tasks,
      cpuMs: s.cpuMs,
      concurrency: ctx.options.concurrency,
      workers: ctx.options.workers,
      cores: ctx.cores,
      strategies: ctx.options.strategies,
      budget: s.budget,
    };
  },
  async run(ctx) {
    const s = sizes(ctx);
    const task: TaskSpec = { kind: 'cpu', cpuMs: s.cpuMs, itersPerMs: ctx.itersPerMs };
    const tasks = Array.from({ length: s.tasks }, () => task);
    for (const strategy of ctx.options.strategies) {
      if (ctx.signal.aborted) return;
      const params = {
        tasks: s.tasks,
        cpuMs: s.cpuMs,
        concurrency: ctx.options.concurrency,
        workers: ctx.options.workers,
      };
      await ctx.measure({
        workload: 'cpu',
        strategy,
        point: {},
        params,
        tasks,
        warmup: tasks.slice(0, 2),
        budget: s.budget,
        ideal: idealTime({ workload: 'cpu', strategy, ...params, delayMs: 0, cores: ctx.cores }),
        concurrency: ctx.options.concurrency,
        workers: ctx.options.workers,
      });
    }
  },
  claims(suite, context) {
    return cpuClaims(suite, context.cpu.cores);
  },
};
