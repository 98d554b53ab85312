/**
 * A completed result from batch times measured elsewhere (the threadpool suite's child processes) or
 * scaled from another result (src/measure/extrapolate.ts):
 * the same statistics, single run and efficiency (ideal / median) as a batch measured here
 * (measureResult), so everything downstream reads it alike. Speedup is left null, filled in when
 * the suite is done (src/model/derive.ts).
 */
import type { Ideal } from '../model/ideal.js';
import { asOneRun } from '../model/runs.js';
import type { Capacity, CompletedResult, EventLoopDelay } from '../results/schema.js';
import { computeStats } from '../stats/summary.js';

/** What names a result, as in `erroredResult`. */
type Named = Pick<CompletedResult, 'workload' | 'strategy' | 'point' | 'params'>;

export interface Sampled {
  /** Batch times (ms), in the order they ran; at least one. */
  samples: number[];
  eventLoopDelay: EventLoopDelay | null;
  /** Cores other processes kept busy meanwhile (src/results/crowding.ts reads it). */
  otherCpu?: number;
  /** The free capacity meanwhile (src/measure/capacity.ts). */
  capacity?: Capacity;
  /** Tasks that failed in those batches. @default 0 */
  taskErrors?: number;
  /** The process's CPU time over wall time per batch, its median (the threadpool suite's). */
  busyCores?: number;
}

export function sampledResult(named: Named, measured: Sampled, ideal: Ideal): CompletedResult {
  if (measured.samples.length === 0) throw new RangeError('sampledResult needs at least one sample');
  const stats = computeStats(measured.samples);
  return asOneRun({
    workload: named.workload,
    strategy: named.strategy,
    point: named.point,
    params: named.params,
    state: 'completed',
    unit: 'ms',
    better: 'smaller',
    samples: measured.samples,
    stats,
    ideal: ideal.ms,
    idealFormula: ideal.formula,
    speedup: null,
    efficiency: stats.median > 0 ? ideal.ms / stats.median : 0,
    eventLoopDelay: measured.eventLoopDelay,
    ...(measured.otherCpu !== undefined ? { otherCpu: Number(measured.otherCpu.toFixed(3)) } : {}),
    ...(measured.capacity !== undefined ? { capacity: measured.capacity } : {}),
    ...(measured.busyCores !== undefined ? { busyCores: Number(measured.busyCores.toFixed(3)) } : {}),
    taskErrors: measured.taskErrors ?? 0,
  });
}
