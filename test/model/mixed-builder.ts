/** Hand-built mixed-suite results: one per strategy and CPU share, N = 8, W = 2, T = 20 ms. */
import { mixedIdeal, splitTask } from '../../src/model/mixed.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { completed } from './results-builder.js';

export function mixedResult(strategy: 'sequential' | 'concurrent' | 'worker-pool' | 'offload', share: number, median: number, p99 = 1): CompletedResult {
  const { cpuMs, delayMs } = splitTask(20, share);
  const workers = strategy === 'worker-pool' || strategy === 'offload' ? 2 : 1;
  const ideal = mixedIdeal({ strategy, tasks: 8, cpuMs, delayMs, workers, concurrency: 8, cores: 2 });
  return completed('mixed', strategy, median, {
    point: { cpuShare: share },
    params: { tasks: 8, cpuMs, delayMs, totalMs: 20, cpuShare: share, workers },
    ideal: ideal.ms,
    idealFormula: ideal.formula,
    eventLoopDelay: { p50: p99 / 2, p99, max: p99, mean: p99 / 2 },
  });
}

/** The model's own times (so every ratio is 1), event-loop p99 rising with the share for concurrent, offload's near the pool's. */
export function modelRun(): CompletedResult[] {
  const shares = [0, 0.25, 0.75, 1];
  return shares.flatMap((f) => {
    const { cpuMs, delayMs } = splitTask(20, f);
    return [
      mixedResult('sequential', f, 8 * 20, Math.max(1, cpuMs)),
      mixedResult('concurrent', f, 8 * cpuMs + delayMs, Math.max(1, 8 * cpuMs)),
      mixedResult('worker-pool', f, 4 * 20, 1),
      mixedResult('offload', f, delayMs + 4 * cpuMs, 1.5),
    ];
  });
}
