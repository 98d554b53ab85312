/**
 * What a perfect machine would do: the ideal batch time of N tasks of d ms of I/O or c ms of CPU
 * under each strategy. I/O waits overlap freely; CPU work overlaps only across cores.
 */
import type { StrategyName } from '../strategies/strategy.js';

export interface IdealInput {
  workload: 'io' | 'cpu';
  strategy: StrategyName;
  /** N */
  tasks: number;
  /** d: one call's latency (ms). */
  delayMs: number;
  /** c: one task's CPU time (ms). */
  cpuMs: number;
  /** k, for bounded. */
  concurrency: number;
  /** W, for worker-pool. */
  workers: number;
  cores: number;
}

export interface Ideal {
  ms: number;
  /** The formula with its numbers, for the report: `ceil(N/k)*d = ceil(100/8)*20`. */
  formula: string;
}

export function idealTime(input: IdealInput): Ideal {
  const { tasks: n, delayMs: d, cpuMs: c, concurrency: k, workers: w, cores } = input;
  if (input.workload === 'io') {
    switch (input.strategy) {
      case 'sequential':
        return { ms: n * d, formula: `N*d = ${n}*${d}` };
      case 'concurrent':
        return { ms: d, formula: `d = ${d}` };
      case 'bounded':
        return { ms: Math.ceil(n / k) * d, formula: `ceil(N/k)*d = ceil(${n}/${k})*${d}` };
      case 'worker-pool':
        return { ms: Math.ceil(n / w) * d, formula: `ceil(N/W)*d = ceil(${n}/${w})*${d}` };
    }
  }
  if (input.strategy === 'worker-pool') {
    const lanes = Math.min(w, cores);
    return {
      ms: Math.ceil(n / lanes) * c,
      formula: `ceil(N/min(W,cores))*c = ceil(${n}/min(${w},${cores}))*${c}`,
    };
  }
  return { ms: n * c, formula: `N*c = ${n}*${c}` };
}
