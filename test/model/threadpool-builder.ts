/** Hand-built threadpool suite results: sync, async-serial and async-all at each UV_THREADPOOL_SIZE. */
import { type ThreadpoolStrategy, threadpoolIdeal } from '../../src/model/threadpool.js';
import type { Result } from '../../src/results/schema.js';
import { completed } from './results-builder.js';

export interface ThreadpoolBuild {
  /** N @default 8 */
  calls?: number;
  /** c (ms) @default 5 */
  callMs?: number;
  /** async-serial's speedup at every size. @default 0.97 */
  serial?: number;
  /** The cores the ideals are computed for. @default 2 */
  cores?: number;
  /** async-all's busy cores (CPU time / wall time) by size; none: the result has no such figure. */
  busy?: Record<number, number>;
}

/** The results of one run: `allSpeedups[size]` is async-all's speedup over sync at that size. */
export function threadpoolResults(allSpeedups: Record<number, number>, build: ThreadpoolBuild = {}): Result[] {
  const { calls = 8, callMs = 5, serial = 0.97, cores = 2, busy } = build;
  return Object.entries(allSpeedups).flatMap(([key, speedup]) => {
    const poolSize = Number(key);
    const point = { poolSize };
    const params = { calls, iterations: 20_000, poolSize, callMs };
    const syncMs = calls * callMs;
    const one = (strategy: ThreadpoolStrategy, x: number) => {
      const ideal = threadpoolIdeal({ strategy, calls, callMs, poolSize, cores });
      return completed('cpu', strategy, syncMs / x, { point, params, speedup: x, ideal: ideal.ms, idealFormula: ideal.formula });
    };
    const all = one('async-all', speedup);
    const busyCores = busy?.[poolSize];
    return [one('sync', 1), one('async-serial', serial), busyCores === undefined ? all : { ...all, busyCores }];
  });
}
