/**
 * From measured samples to the figures of a result: statistics, efficiency (ideal / median) and
 * speedup (the reference's median at the same workload and point / this median).
 */
import type { CompletedResult, Result } from '../results/schema.js';

/**
 * The strategies a speedup is measured against: `sequential`, and in the threadpool suite `sync`
 * (pbkdf2Sync one by one, src/model/threadpool.ts). Each suite has one of them.
 */
export const REFERENCE_STRATEGIES: readonly string[] = ['sequential', 'sync'];

/** Whether `strategy` is a reference (its speedup is 1 by definition). */
export function isReferenceStrategy(strategy: string): boolean {
  return REFERENCE_STRATEGIES.includes(strategy);
}

const pointKey = (p: Record<string, number>) => JSON.stringify(Object.entries(p).sort());

/**
 * The reference result a speedup is measured against: the completed `sequential` (or `sync`) result
 * of the same workload at the same point, else the one at point `{}` (the cpu-scaling reference).
 */
export function referenceOf(results: readonly Result[], r: Pick<Result, 'workload' | 'point'>): CompletedResult | undefined {
  const reference = (s: Result): s is CompletedResult => s.state === 'completed' && isReferenceStrategy(s.strategy) && s.workload === r.workload;
  return (
    results.find((s): s is CompletedResult => reference(s) && pointKey(s.point) === pointKey(r.point)) ??
    results.find((s): s is CompletedResult => reference(s) && pointKey(s.point) === '[]')
  );
}

/**
 * Fills `speedup` of every completed result from its reference (see referenceOf): the overall one
 * from both results' medians over every run, each run's from the reference's same run.
 */
export function applySpeedups(results: Result[]): Result[] {
  return results.map((r) => {
    if (r.state !== 'completed') return r;
    const ref = referenceOf(results, r);
    // A throughput (the target sweep's req/s against its one-at-a-time point) is a ratio the other way up.
    if (r.unit === 'req/s') {
      if (!ref || ref.unit !== 'req/s') return r;
      const runs = r.runs.map((part) => {
        const refRun = ref.runs.find((p) => p.run === part.run);
        return { ...part, speedup: refRun && refRun.median > 0 ? part.median / refRun.median : null };
      });
      return { ...r, speedup: ref.stats.median > 0 ? r.stats.median / ref.stats.median : null, runs };
    }
    const speedup = ref && r.stats.median > 0 ? ref.stats.median / r.stats.median : null;
    const runs = r.runs.map((part) => {
      const refRun = ref?.runs.find((p) => p.run === part.run);
      return { ...part, speedup: refRun && part.median > 0 ? refRun.median / part.median : null };
    });
    return { ...r, speedup, runs };
  });
}
