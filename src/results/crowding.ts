/**
 * When a recorded result counts as crowded: other processes held cores while it ran AND it was
 * short of CPU for it. Read by the report (a warning) and compare (never a verdict).
 *
 * Which results a neighbour moves was measured (bench/evidence/busy-machine-2026-12-02.md: 5 quick
 * runs with `node -e 'for(;;){}'` beside them against 5 quiet ones, 2-core machine): the ones that
 * want more CPU than the neighbour leaves, worker pools and offload (1.3-1.8x slower) and I/O
 * batches with 20 or more calls in flight in the io suite and 100 or more in the scaling sweep
 * (1.09x and 1.4-1.7x: the client parsing answers and the servers answering share the cores).
 * Sequential and single-threaded results, and bounded I/O, moved 0-8%, as between quiet runs. What
 * tells the two apart is whether asyncbench's threads queued for a core (the capacity's
 * `waitingThreads`, Linux schedstat): beside the neighbour the results that moved 9% or more
 * waited 0.31-2.6 threads on average, single threads 0.00-0.19; bounded I/O and concurrent I/O at
 * N = 10 sat between (0.14-0.55) and moved 0-8%.
 */

/**
 * The share of the machine's cores other processes may hold before a result counts as measured on
 * a busy machine: 0.25 is 0.5 cores of a 2-core machine (an idle machine reads 0-0.2, a busy core
 * about 1) and 2 cores of an 8-core one.
 */
export const CROWDED_SHARE = 0.25;

/**
 * On a busy machine, a result whose threads waited for a core this many at a time on average was
 * short of CPU (crowded). 0.3 is under the least wait of a result that moved (io offload, 0.31) and
 * guards some that moved 5-8% (bounded I/O at N = 10 and 100 in 1-3 runs of 5): it errs toward not
 * failing a gate over a neighbour. With it, 20 busy gate benches against a quiet baseline gave 0
 * false regressions, and --concurrency 4 against 5 beside the neighbour was caught 5 times in 5.
 */
export const CROWDED_WAITING_THREADS = 0.3;

/** Cores other processes may hold on a machine of `cores` before a result counts as busy. */
export function crowdedCores(cores: number): number {
  return CROWDED_SHARE * Math.max(1, cores);
}

/** What the rule reads of a result or one run of it. */
export interface CrowdingFigures {
  otherCpu?: number;
  capacity?: { otherCpu: number; waitingThreads: number | null };
}

/**
 * Whether a result (or one run of it) was measured crowded: other processes held at least
 * crowdedCores(cores) and its threads waited for a core (CROWDED_WAITING_THREADS). Where the wait is
 * unknown (a machine without Linux schedstat) every busy result counts as crowded; a file without
 * capacity figures (older) keeps the earlier rule, CPU results only (there an I/O result's `otherCpu`
 * counted the servers' own work).
 */
export function isCrowded(result: CrowdingFigures, workload: string, cores: number): boolean {
  const capacity = result.capacity;
  if (!capacity) return workload !== 'io' && (result.otherCpu ?? 0) >= crowdedCores(cores);
  if (capacity.otherCpu < crowdedCores(cores)) return false;
  return capacity.waitingThreads === null || capacity.waitingThreads >= CROWDED_WAITING_THREADS;
}
