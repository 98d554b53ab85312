/**
 * Measures one strategy on one batch and turns the measurement into a result for results.json:
 * statistics, the ideal, efficiency. Speedup needs the sequential reference and is filled in
 * when the suite is done (src/model/derive.ts).
 */
import { serializeError } from '../errors.js';
import type { Result } from '../results/schema.js';
import { computeStats } from '../stats/summary.js';
import { createStrategy } from '../strategies/registry.js';
import type { Execute } from '../workloads/task.js';
import { measureBatches } from './measure-batches.js';
import type { MeasureSpec } from './suite.js';

export interface MeasureEnv {
  execute: Execute;
  signal: AbortSignal;
  onSample?: (ms: number, index: number) => void;
}

export async function measureResult(spec: MeasureSpec, env: MeasureEnv): Promise<Result & { aborted?: boolean }> {
  const base = { workload: spec.workload, strategy: spec.strategy, point: spec.point, params: spec.params };
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
      ...(env.onSample ? { onSample: env.onSample } : {}),
    });
    if (m.state === 'errored') return { ...base, state: 'errored', error: m.error };
    if (m.samples.length === 0) {
      return { ...base, state: 'errored', error: { name: 'AbortError', message: 'interrupted before any sample' }, aborted: true };
    }
    const stats = computeStats(m.samples);
    return {
      ...base,
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
      taskErrors: m.taskErrors,
      ...(m.firstTaskError ? { firstTaskError: m.firstTaskError } : {}),
      ...(m.startupMs !== undefined ? { poolStartupMs: m.startupMs } : {}),
      ...(m.state === 'aborted' ? { aborted: true } : {}),
    };
  } catch (error) {
    return { ...base, state: 'errored', error: serializeError(error) };
  } finally {
    await strategy.close().catch(() => {});
  }
}
