/**
 * mixed suite: real tasks are never purely I/O or purely CPU. Each task waits d ms on the I/O
 * server, then computes c ms on its thread, at a fixed total T = c + d; the CPU share f = c / T is
 * swept. Under sequential, concurrent, worker-pool and offload, against each strategy's model
 * (src/model/mixed.ts): concurrency wins over the pool while f is small, the pool once f is large, and
 * offload (I/O on the loop, CPU in the pool) beats both in between. measure() records the event-loop
 * delay of each point: what the batch time hides, since CPU inside a concurrent batch blocks
 * everything else the process serves.
 */
import { mixedClaims } from '../src/model/mixed-claims.js';
import { mixedIdeal, splitTask } from '../src/model/mixed.js';
import type { PresetName } from '../src/measure/options.js';
import type { Budget, SuiteContext, SuiteDefinition } from '../src/measure/suite.js';
import type { StrategyName } from '../src/strategies/registry.js';
import type { TaskSpec } from '../src/workloads/task.js';

interface MixedSizes {
  /** N: tasks per batch. */
  tasks: number;
  /** T = c + d per task (ms). */
  totalMs: number;
  /** The CPU shares f swept, 0..1. */
  shares: number[];
  budget: Budget;
}

/**
 * Sizes per preset. With N = 16 and W = 2 the model puts the crossover at f* = 7/15 ≈ 0.47
 * (N = 8: 3/7 ≈ 0.43), inside every sweep.
 */
const MIXED_SIZES: Record<PresetName, MixedSizes> = {
  quick: { tasks: 8, totalMs: 20, shares: [0, 0.25, 0.75, 1], budget: { timeMs: 150, minSamples: 3 } },
  standard: { tasks: 16, totalMs: 20, shares: [0, 0.1, 0.25, 0.5, 0.75, 1], budget: { timeMs: 600, minSamples: 5 } },
  thorough: { tasks: 32, totalMs: 40, shares: [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1], budget: { timeMs: 2000, minSamples: 8 } },
};

const MIXED_STRATEGIES: readonly StrategyName[] = ['sequential', 'concurrent', 'worker-pool', 'offload'];

function sizes(ctx: Pick<SuiteContext, 'preset' | 'options'>): MixedSizes {
  const s = MIXED_SIZES[ctx.preset];
  return { ...s, tasks: ctx.options.tasks ?? s.tasks };
}

/** The share as it goes into `point` (whole percent, so keys stay stable across runs). */
function sharePoint(share: number): { cpuShare: number } {
  return { cpuShare: Math.round(share * 100) / 100 };
}

export const mixedSuite: SuiteDefinition = {
  name: 'mixed',
  title: 'Mixed tasks: d ms of I/O then c ms of CPU, CPU share f = c/(c+d) swept',
  params(ctx) {
    const s = sizes(ctx);
    return {
      ...s,
      workers: ctx.options.workers,
      cores: ctx.cores,
      strategies: MIXED_STRATEGIES.filter((x) => ctx.options.strategies.includes(x)),
    };
  },
  async run(ctx) {
    const s = sizes(ctx);
    const strategies = MIXED_STRATEGIES.filter((x) => ctx.options.strategies.includes(x));
    const warmUrl = `${ctx.servers.ioUrl}/delay?ms=0`;
    for (const share of s.shares) {
      const { cpuMs, delayMs } = splitTask(s.totalMs, share);
      const task: TaskSpec = { kind: 'mixed', url: `${ctx.servers.ioUrl}/delay?ms=${delayMs}`, cpuMs, itersPerMs: ctx.itersPerMs };
      const warm: TaskSpec = { kind: 'mixed', url: warmUrl, cpuMs: Math.min(cpuMs, 1), itersPerMs: ctx.itersPerMs };
      for (const strategy of strategies) {
        if (ctx.signal.aborted) return;
        const workers = strategy === 'worker-pool' || strategy === 'offload' ? ctx.options.workers : 1;
        const params = { tasks: s.tasks, cpuMs, delayMs, totalMs: s.totalMs, cpuShare: sharePoint(share).cpuShare, workers };
        await ctx.measure({
          workload: 'mixed',
          strategy,
          point: sharePoint(share),
          params,
          tasks: Array.from({ length: s.tasks }, () => task),
          warmup: Array.from({ length: Math.min(s.tasks, 4) }, () => warm),
          budget: s.budget,
          ideal: mixedIdeal({ strategy, tasks: s.tasks, cpuMs, delayMs, workers, concurrency: ctx.options.concurrency, cores: ctx.cores }),
          concurrency: ctx.options.concurrency,
          workers,
        });
      }
    }
  },
  claims(suite, context) {
    return mixedClaims(suite, context.cpu.cores);
  },
};
