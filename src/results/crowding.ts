/**
 * When a recorded result counts as crowded: a rule on results.json's `otherCpu` (measured by
 * src/measure/background-load.ts), read by the report (a warning) and compare (never a verdict).
 */

/**
 * The share of the machine's cores other processes may hold during a CPU result before it counts
 * as crowded. A CPU result runs up to one thread per core (worker-pool W = cores), so what distorts
 * it is the share of the cores taken, not a fixed number of them: 0.25 is the 0.5 cores of a 2-core
 * machine (the threshold measured there: a busy core shows as otherCpu ≈ 1, an idle machine 0-0.2)
 * and 2 cores of an 8-core one.
 */
export const CROWDED_SHARE = 0.25;

/** Cores other processes may hold on a machine of `cores` before a CPU result counts as crowded. */
export function crowdedCores(cores: number): number {
  return CROWDED_SHARE * Math.max(1, cores);
}

/** Whether a result (or one run of it) was measured crowded: a CPU result (not I/O: there the
 * servers' own process is busy answering, by design) while other processes held at least
 * crowdedCores(cores) on the machine of the run. */
export function isCrowded(result: { otherCpu?: number }, workload: string, cores: number): boolean {
  return workload !== 'io' && (result.otherCpu ?? 0) >= crowdedCores(cores);
}
