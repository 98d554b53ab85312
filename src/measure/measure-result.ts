/**
 * Turns a measurement into a result for results.json: statistics, the ideal, efficiency. Two kinds
 * of measurement, one shape: a strategy on a batch (`measureResult`, ms, smaller is better) and a
 * load point (`loadResult`, req/s, bigger is better). Both share the naming fields and the errored
 * shape. Speedup needs the sequential reference and is filled in when the suite is done
 * (src/model/derive.ts).
 */
import { serializeError } from '../errors.js';
import { asOneRun } from '../model/runs.js';
import type { ErroredResult, Result } from '../results/schema.js';
import { computeStats } from '../stats/summary.js';
import { createStrategy } from '../strategies/registry.js';
import type { Execute } from '../workloads/task.js';
import { runLoadPoint } from './autocannon.js';
import type { CapacityMonitor } from './capacity.js';
import { measureBatches } from './measure-batches.js';
import type { LoadSpec, MeasureSpec } from './suite.js';

/** What names a result across runs (`resultKey()`), from a batch or a load spec. */
type Named = Pick<MeasureSpec | LoadSpec, 'workload' | 'strategy' | 'point' | 'params'>;

function namesOf(spec: Named): Named {
  return { workload: spec.workload, strategy: spec.strategy, point: spec.point, params: spec.params };
}

/** The result of something that failed: its names and the reason. */
export function erroredResult(spec: Named, error: ErroredResult['error']): ErroredResult {
  return { ...namesOf(spec), state: 'errored', error };
}

export interface MeasureEnv {
  execute: Execute;
  signal: AbortSignal;
  /** Measures the free CPU capacity of each result (src/measure/capacity.ts). @default one per result */
  capacity?: CapacityMonitor;
  onSample?: (ms: number, index: number) => void;
}

export async function measureResult(spec: MeasureSpec, env: MeasureEnv): Promise<Result & { aborted?: boolean }> {
  const strategy = createStrategy(spec.strategy, {
    execute: env.execute,
    concurrency: spec.concurrency,
    workers: spec.workers,
  });
  try {
    const m = await measureBatches({
      strategy,
      tasks: spec.tasks,
      warmup: spec.warmup,
      timeMs: spec.budget.timeMs,
      minSamples: spec.budget.minSamples,
      signal: env.signal,
      ...(spec.resources ? { monitorResources: true } : {}),
      ...(env.onSample ? { onSample: env.onSample } : {}),
      ...(env.capacity ? { capacity: env.capacity } : {}),
    });
    if (m.state === 'errored') return erroredResult(spec, m.error);
    if (m.samples.length === 0) {
      return { ...erroredResult(spec, { name: 'AbortError', message: 'interrupted before any sample' }), aborted: true };
    }
    const stats = computeStats(m.samples);
    const result = asOneRun({
      ...namesOf(spec),
      state: 'completed',
      unit: 'ms',
      better: 'smaller',
      samples: m.samples,
      stats,
      ideal: spec.ideal.ms,
      idealFormula: spec.ideal.formula,
      speedup: null,
      efficiency: stats.median > 0 ? spec.ideal.ms / stats.median : 0,
      eventLoopDelay: m.eventLoopDelay,
      otherCpu: Number(m.otherCpu.toFixed(3)),
      capacity: m.capacity,
      taskErrors: m.taskErrors,
      ...(m.firstTaskError ? { firstTaskError: m.firstTaskError } : {}),
      ...(m.startupMs !== undefined ? { poolStartupMs: m.startupMs } : {}),
      ...(m.resources ? { resources: m.resources } : {}),
    });
    return m.state === 'aborted' ? { ...result, aborted: true } : result;
  } catch (error) {
    return erroredResult(spec, serializeError(error));
  } finally {
    await strategy.close().catch(() => {});
  }
}

export interface LoadEnv {
  signal: AbortSignal;
  /** Measures the free CPU capacity over the point's window. @default not measured */
  capacity?: CapacityMonitor;
  /** Runs one autocannon point (injectable for tests). @default runLoadPoint */
  runPoint?: typeof runLoadPoint;
}

/**
 * Measures one load point: throughput per whole second of the window against Little's law.
 * undefined when interrupted (nothing to record). Failed requests (errors and non-2xx) count as
 * task errors; a point with no successful response is errored.
 */
export async function loadResult(spec: LoadSpec, env: LoadEnv): Promise<Result | undefined> {
  const probe = env.capacity?.start();
  const outcome = await (env.runPoint ?? runLoadPoint)({
    url: spec.url,
    connections: spec.connections,
    warmupS: spec.warmupS,
    durationS: spec.durationS,
    rate: spec.rate,
    signal: env.signal,
  });
  const capacity = probe?.stop();
  if (outcome.state === 'aborted') return undefined;
  if (outcome.state === 'errored') return erroredResult(spec, outcome.error);
  const failed = outcome.figures.errors + outcome.figures.non2xx;
  const stats = computeStats(outcome.samples);
  return asOneRun({
    ...namesOf(spec),
    state: 'completed',
    unit: 'req/s',
    better: 'bigger',
    samples: outcome.samples,
    stats,
    ideal: spec.ideal.reqPerS,
    idealFormula: spec.ideal.formula,
    // Speedup is defined against a sequential batch; a load point has none (see docs/load-and-mixed.md).
    speedup: null,
    efficiency: spec.ideal.reqPerS > 0 ? outcome.figures.requestsPerSecond / spec.ideal.reqPerS : 0,
    eventLoopDelay: null,
    ...(capacity ? { otherCpu: capacity.otherCpu, capacity } : {}),
    taskErrors: failed,
    ...(failed > 0 && outcome.firstError ? { firstTaskError: outcome.firstError } : {}),
    load: outcome.figures,
  });
}
