/**
 * When a recorded result counts as crowded: a rule on results.json's `otherCpu` (measured by
 * src/measure/background-load.ts), read by the report (a warning) and compare (never a verdict).
 */

/**
 * Cores other processes may hold during a CPU result before it counts as crowded: the report
 * warns, and compare will not call such a result regressed or improved.
 */
export const CROWDED_CORES = 0.5;

/** Whether a result was measured crowded: a CPU result (not I/O: there the servers' own process is
 * busy answering, by design) while other processes held at least CROWDED_CORES. */
export function isCrowded(result: { workload: string; otherCpu?: number }): boolean {
  return result.workload !== 'io' && (result.otherCpu ?? 0) >= CROWDED_CORES;
}
