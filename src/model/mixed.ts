/**
 * What a perfect machine would do with N mixed tasks, each d ms of I/O then c ms of CPU (CPU share
 * f = c / (c + d)), under each strategy. The `mixed` suite passes these as its ideals.
 *
 * - sequential:  N·(c + d)     one task after another.
 * - concurrent:  N·c + d       every request goes out at once and all waits overlap (d), but the N
 *                              CPU parts share the one thread, so they queue (N·c).
 * - worker-pool: ⌈N/W⌉·(c + d) each of the W threads runs its tasks one after another (one task per
 *                              thread at a time, waits included). When W > cores the CPU parts also
 *                              queue for the cores, so the time is at least N·c / min(W, cores):
 *                              we use max(⌈N/W⌉·(c + d), N·c / min(W, cores)), which is the first
 *                              term whenever W <= cores (the default W = cores).
 */
import type { StrategyName } from '../strategies/strategy.js';
import type { Ideal } from './ideal.js';

export interface MixedInput {
  strategy: StrategyName;
  /** N */
  tasks: number;
  /** c: CPU per task (ms). */
  cpuMs: number;
  /** d: I/O wait per task (ms). */
  delayMs: number;
  /** W, for worker-pool. */
  workers: number;
  /** k, for bounded (not in the suite's sweep; a lower bound: max(⌈N/k⌉·d + c, N·c + d)). */
  concurrency: number;
  cores: number;
}

/** Ideal batch time of N mixed tasks under `strategy`, with its formula. */
export function mixedIdeal(input: MixedInput): Ideal {
  const { tasks: n, cpuMs: c, delayMs: d, workers: w, concurrency: k, cores } = input;
  switch (input.strategy) {
    case 'sequential':
      return { ms: n * (c + d), formula: `N*(c+d) = ${n}*(${c}+${d})` };
    case 'concurrent':
      return { ms: n * c + d, formula: `N*c+d = ${n}*${c}+${d}` };
    case 'bounded': {
      // k in flight: waves of waits, but the CPU still queues on the one thread; the larger bound wins.
      const waves = Math.ceil(n / k) * d + c;
      const cpu = n * c + d;
      return { ms: Math.max(waves, cpu), formula: `max(ceil(N/k)*d+c, N*c+d) = max(ceil(${n}/${k})*${d}+${c}, ${n}*${c}+${d})` };
    }
    case 'worker-pool': {
      const lanes = Math.min(w, cores);
      const perThread = Math.ceil(n / w) * (c + d);
      const cpuBound = (n * c) / lanes;
      if (w <= cores || perThread >= cpuBound) {
        return { ms: perThread, formula: `ceil(N/W)*(c+d) = ceil(${n}/${w})*(${c}+${d})` };
      }
      return {
        ms: cpuBound,
        formula: `max(ceil(N/W)*(c+d), N*c/min(W,cores)) = ${n}*${c}/min(${w},${cores})`,
      };
    }
  }
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
