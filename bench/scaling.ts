/**
 * scaling suite: where concurrency stops paying and how far threads go. I/O: batch size N swept on a
 * log grid up to 10,000 calls in flight for sequential, concurrent and bounded (see planIoSweep for
 * which run whole), with the client's sockets in use and the process's peak RSS at each point. CPU:
 * the worker count W swept past the core count, against one sequential reference.
 */
import { formatNumber } from '../src/format.js';
import { extrapolateFromOneCall } from '../src/measure/extrapolate.js';
import { fitsOpenFiles, openFilesSkipLine } from '../src/measure/open-files.js';
import { scalingClaims } from '../src/model/scaling-claims.js';
import { idealTime } from '../src/model/ideal.js';
import type { PresetName } from '../src/measure/options.js';
import { type Budget, labelOf, type SuiteContext, type SuiteDefinition } from '../src/measure/suite.js';
import type { Result } from '../src/results/schema.js';
import type { StrategyName } from '../src/strategies/strategy.js';
import type { TaskSpec } from '../src/workloads/task.js';

interface ScalingSizes {
  /** The I/O batch sizes N, ascending, from 1 (N = 1 always runs whole: an extrapolated sequential needs a source). */
  ioTasks: number[];
  delayMs: number;
  ioBudget: Budget;
  cpuWorkers: number[];
  cpuTasks: number;
  cpuMs: number;
  cpuBudget: Budget;
}

/** The log grid of the standard and thorough sweeps: about two points a decade, up to 10,000 in flight. */
const IO_GRID = [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000];

const SCALING_SIZES: Record<PresetName, ScalingSizes> = {
  quick: {
    ioTasks: [1, 10, 100, 1000],
    delayMs: 10,
    ioBudget: { timeMs: 200, minSamples: 3 },
    cpuWorkers: [1, 2, 4],
    cpuTasks: 8,
    cpuMs: 10,
    cpuBudget: { timeMs: 250, minSamples: 5 },
  },
  standard: {
    ioTasks: IO_GRID,
    delayMs: 5,
    ioBudget: { timeMs: 1000, minSamples: 3 },
    cpuWorkers: [1, 2, 4, 8],
    cpuTasks: 16,
    cpuMs: 10,
    cpuBudget: { timeMs: 1000, minSamples: 5 },
  },
  thorough: {
    ioTasks: IO_GRID,
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

/** How one strategy meets one point of the I/O sweep. */
export type IoAction = 'measure' | 'extrapolate' | 'leave-out';

/** One point of the I/O sweep: what each strategy does there, or why the point is skipped. */
export interface IoPoint {
  tasks: number;
  strategies: Array<{ strategy: StrategyName; action: IoAction }>;
  /** Set when the point is skipped (it needs more open files than the limit allows): the one line to print. */
  skipped?: string;
}

/**
 * The I/O sweep's plan. A strategy is run whole at N while its ideal batch fits the point's time
 * budget (`ioBudget.timeMs`): N·d for sequential, ceil(N/k)·d for bounded. Beyond it a whole batch,
 * sampled at least `minSamples` times, would cost minutes (sequential at N = 10,000, d = 5 ms: 50 s
 * a batch, 2.5 min for three), so sequential is extrapolated: N × the one-call time of its largest
 * whole batch (src/measure/extrapolate.ts; N = 1 always runs, so there is one), and bounded, whose k
 * calls in flight teach nothing new past that size, is left out. A point whose sockets (N for
 * concurrent) would not fit under the open-file limit is skipped with one line saying so.
 */
export function planIoSweep(
  ctx: Pick<SuiteContext, 'preset' | 'options' | 'openFileLimit'>,
): { points: IoPoint[]; sizes: ScalingSizes } {
  const s = sizes(ctx);
  const k = ctx.options.concurrency;
  const chosen = IO_STRATEGIES.filter((x) => ctx.options.strategies.includes(x));
  const fits = (ms: number) => ms <= s.ioBudget.timeMs;
  const points = s.ioTasks.map((n): IoPoint => {
    const strategies = chosen.map((strategy) => {
      let action: IoAction = 'measure';
      if (strategy === 'sequential' && n > 1 && !fits(n * s.delayMs)) action = 'extrapolate';
      if (strategy === 'bounded' && n > 1 && !fits(Math.ceil(n / k) * s.delayMs)) action = 'leave-out';
      return { strategy, action };
    });
    const sockets = Math.max(
      0,
      ...strategies.map(({ strategy, action }) => {
        if (action !== 'measure') return 0;
        return strategy === 'concurrent' ? n : strategy === 'bounded' ? Math.min(k, n) : 1;
      }),
    );
    const limit = ctx.openFileLimit;
    if (typeof limit === 'number' && !fitsOpenFiles(sockets, limit)) {
      return { tasks: n, strategies, skipped: openFilesSkipLine(`scaling: N=${n}`, sockets, limit) };
    }
    return { tasks: n, strategies };
  });
  return { points, sizes: s };
}

export const scalingSuite: SuiteDefinition = {
  name: 'scaling',
  title: 'Scaling: I/O batch size N, CPU worker count W',
  params(ctx) {
    const { points, sizes: s } = planIoSweep(ctx);
    const where = (action: IoAction, strategy: StrategyName) =>
      points.filter((p) => !p.skipped && p.strategies.some((x) => x.strategy === strategy && x.action === action)).map((p) => p.tasks);
    const limit = ctx.openFileLimit;
    return {
      ...s,
      concurrency: ctx.options.concurrency,
      cores: ctx.cores,
      ioSequentialExtrapolated: where('extrapolate', 'sequential'),
      ioBoundedLeftOut: where('leave-out', 'bounded'),
      ioTasksSkipped: points.filter((p) => p.skipped).map((p) => p.tasks),
      // JSON has no Infinity.
      openFileLimit: limit === Number.POSITIVE_INFINITY ? 'unlimited' : (limit ?? null),
    };
  },
  maxInFlight(ctx) {
    return Math.max(...sizes(ctx).ioTasks);
  },
  async run(ctx) {
    const { points, sizes: s } = planIoSweep(ctx);
    const ioUrl = `${ctx.servers.ioUrl}/delay?ms=${s.delayMs}`;
    const warmUrl = `${ctx.servers.ioUrl}/delay?ms=0`;
    /** The largest sequential batch run whole so far: where an extrapolated one takes its one-call time. */
    let wholeSequential: Result | undefined;
    for (const { tasks: n, strategies, skipped } of points) {
      if (skipped) {
        ctx.emit({ type: 'warning', message: skipped });
        continue;
      }
      for (const { strategy, action } of strategies) {
        if (ctx.signal.aborted) return;
        if (action === 'leave-out') continue;
        const params = { tasks: n, delayMs: s.delayMs, concurrency: ctx.options.concurrency, workers: 1 };
        const named = {
          workload: 'io' as const,
          strategy,
          point: { tasks: n },
          params,
          ideal: idealTime({ workload: 'io', strategy, ...params, cpuMs: 0, cores: ctx.cores }),
        };
        if (action === 'extrapolate') {
          const result = extrapolateFromOneCall(named, n, wholeSequential);
          ctx.record(result);
          const from = result.state === 'completed' ? ` ${formatNumber(result.stats.median)} ms = N x the one-call time at N=${result.extrapolated?.fromTasks}` : '';
          ctx.emit({ type: 'note', message: `${labelOf(strategy, named.point)}: extrapolated,${from} (not run)` });
          continue;
        }
        const result = await ctx.measure({
          ...named,
          tasks: Array.from({ length: n }, (): TaskSpec => ({ kind: 'io', url: ioUrl })),
          warmup: Array.from({ length: n }, (): TaskSpec => ({ kind: 'io', url: warmUrl })),
          budget: s.ioBudget,
          concurrency: ctx.options.concurrency,
          workers: 1,
          resources: true,
        });
        if (strategy === 'sequential' && (result.state === 'completed' || !wholeSequential)) wholeSequential = result;
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
