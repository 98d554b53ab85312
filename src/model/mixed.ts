/**
 * The mixed suite's model: N tasks, each d ms of I/O then c ms of CPU (CPU share f = c / (c + d)).
 * Each strategy states its mixed ideal in its own file (src/strategies/<name>.ts, `model.mixed`);
 * the ones the suite runs:
 *
 * - sequential:  N·(c + d)        one task after another.
 * - concurrent:  N·c + d          every request goes out at once and all waits overlap (d), but the N
 *                                 CPU parts share the one thread, so they queue (N·c).
 * - worker-pool: ⌈N/W⌉·(c + d)    each of the W threads runs its tasks one after another, waits
 *                                 included (at least N·c / min(W, cores) when W > cores).
 * - offload:     d + ⌈N/W⌉·c      every wait overlaps on the event loop, then the CPU parts queue for
 *                                 the W threads (at least d + N·c / min(W, cores) when W > cores).
 */
import type { StrategyName } from '../strategies/registry.js';
import type { Ideal } from './ideal.js';
import { idealTime } from './ideal.js';

export interface MixedInput {
  strategy: StrategyName;
  /** N */
  tasks: number;
  /** c: CPU per task (ms). */
  cpuMs: number;
  /** d: I/O wait per task (ms). */
  delayMs: number;
  /** W, for the pools. */
  workers: number;
  /** k, for bounded (not in the suite's sweep; a lower bound: max(⌈N/k⌉·d + c, N·c + d)). */
  concurrency: number;
  cores: number;
}

/** Ideal batch time of N mixed tasks under `strategy`, with its formula. */
export function mixedIdeal(input: MixedInput): Ideal {
  return idealTime({ ...input, workload: 'mixed' });
}

/**
 * The CPU share at which the model's concurrent and worker-pool times are equal (W <= cores):
 * N·f·T + (1 - f)·T = ⌈N/W⌉·T gives f* = (⌈N/W⌉ - 1) / (N - 1). Below f*, concurrency wins;
 * above, the pool. Null when N = 1 (no crossover: both take c + d).
 */
export function modelCrossoverShare(tasks: number, workers: number): number | null {
  if (tasks <= 1) return null;
  return (Math.ceil(tasks / workers) - 1) / (tasks - 1);
}

/**
 * Splits a fixed total T per task at CPU share f into whole milliseconds: d = round(T·(1 - f)),
 * c = T - d (the I/O server takes whole ms).
 */
export function splitTask(totalMs: number, share: number): { cpuMs: number; delayMs: number } {
  const delayMs = Math.round(totalMs * (1 - share));
  return { cpuMs: totalMs - delayMs, delayMs };
}
