/**
 * scaling suite: where concurrency stops paying and how far threads go. I/O: batch size N swept
 * for sequential, concurrent and bounded. CPU: the worker count W swept past the core count, against
 * one sequential reference.
 */
import { scalingClaims } from '../src/model/scaling-claims.js';
import { idealTime } from '../src/model/ideal.js';
import type { PresetName } from '../src/measure/options.js';
import type { Budget, SuiteContext, SuiteDefinition } from '../src/measure/suite.js';
import type { StrategyName } from '../src/strategies/strategy.js';
import type { TaskSpec } from '../src/workloads/task.js';

interface ScalingSizes {
  ioTasks: number[];
  delayMs: number;
  ioBudget: Budget;
  cpuWorkers: number[];
  cpuTasks: number;
  cpuMs: number;
  cpuBudget: Budget;
}

const SCALING_SIZES: Record<PresetName, ScalingSizes> = {
  quick: {
    ioTasks: [1, 10, 50],
    delayMs: 10,
    ioBudget: { timeMs: 200, minSamples: 3 },
    cpuWorkers: [1, 2, 4],
    cpuTasks: 8,
    cpuMs: 10,
    cpuBudget: { timeMs: 250, minSamples: 5 },
  },
  standard: {
    ioTasks: [1, 10, 100, 1000],
    delayMs: 5,
    ioBudget: { timeMs: 1000, minSamples: 3 },
    cpuWorkers: [1, 2, 4, 8],
    cpuTasks: 16,
    cpuMs: 10,
    cpuBudget: { timeMs: 1000, minSamples: 5 },
  },
  thorough: {
    ioTasks: [1, 10, 100, 1000],
    delayMs: 20,
    ioBudget: { timeMs: 4000, minSamples: 5 },
    cpuWorkers: [1, 2, 4, 8, 16],
    cpuTasks: 32,
    cpuMs: 20,
    cpuBudget: { timeMs: 3000, minSamples: 10 },
  },
};

const IO_STRATEGIES: StrategyName[] = ['sequential', 'concurrent', 'bounded'];

function sizes(ctx: Pick<SuiteContext, 'preset' | 'options'>): ScalingSizes {
  const s = SCALING_SIZES[ctx.preset];
  return { ...s, delayMs: ctx.options.delayMs ?? s.delayMs, cpuMs: ctx.options.cpuMs ?? s.cpuMs };
}

export const scalingSuite: SuiteDefinition = {
  name: 'scaling',
  title: 'Scaling: I/O batch size N, CPU worker count W',
  params(ctx) {
    const s = sizes(ctx);
    return { ...s, concurrency: ctx.options.concurrency, cores: ctx.cores };
  },
  async run(ctx) {
    const s = sizes(ctx);
    const ioUrl = `${ctx.servers.ioUrl}/delay?ms=${s.delayMs}`;
    const warmUrl = `${ctx.servers.ioUrl}/delay?ms=0`;
    const io = IO_STRATEGIES.filter((x) => ctx.options.strategies.includes(x));
    for (const n of s.ioTasks) {
      for (const strategy of io) {
        if (ctx.signal.aborted) return;
        const params = { tasks: n, delayMs: s.delayMs, concurrency: ctx.options.concurrency, workers: 1 };
        await ctx.measure({
          workload: 'io',
          strategy,
          point: { tasks: n },
          params,
          tasks: Array.from({ length: n }, (): TaskSpec => ({ kind: 'io', url: ioUrl })),
          warmup: Array.from({ length: n }, (): TaskSpec => ({ kind: 'io', url: warmUrl })),
          budget: s.ioBudget,
          ideal: idealTime({ workload: 'io', strategy, ...params, cpuMs: 0, cores: ctx.cores }),
          concurrency: ctx.options.concurrency,
          workers: 1,
        });
      }
    }

    const task: TaskSpec = { kind: 'cpu', cpuMs: s.cpuMs, itersPerMs: ctx.itersPerMs };
    const tasks = Array.from({ length: s.cpuTasks }, () => task);
    const runs: Array<{ strategy: StrategyName; workers: number; point: Record<string, number> }> = [];
    if (ctx.options.strategies.includes('sequential')) runs.push({ strategy: 'sequential', workers: 1, point: {} });
    if (ctx.options.strategies.includes('worker-pool')) {
      for (const w of s.cpuWorkers) runs.push({ strategy: 'worker-pool', workers: w, point: { workers: w } });
    }
    for (const run of runs) {
      if (ctx.signal.aborted) return;
      const params = { tasks: s.cpuTasks, cpuMs: s.cpuMs, workers: run.workers, concurrency: 1 };
      await ctx.measure({
        workload: 'cpu',
        strategy: run.strategy,
        point: run.point,
        params,
        tasks,
        warmup: tasks.slice(0, 2),
        budget: s.cpuBudget,
        ideal: idealTime({ workload: 'cpu', strategy: run.strategy, ...params, delayMs: 0, cores: ctx.cores }),
        concurrency: 1,
        workers: run.workers,
      });
    }
  },
  claims(suite, context) {
    return scalingClaims(suite, context.cpu.cores);
  },
};
