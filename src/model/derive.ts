/**
 * From measured samples to the figures of a result: statistics, efficiency (ideal / median) and
 * speedup (the sequential median at the same workload and point / this median).
 */
import type { Result } from '../results/schema.js';

/**
 * Fills `speedup` of every completed result from its reference: the completed `sequential` result of
 * the same workload at the same point, else the one at point `{}` (the cpu-scaling reference).
 */
export function applySpeedups(results: Result[]): Result[] {
  const pointKey = (p: Record<string, number>) => JSON.stringify(Object.entries(p).sort());
  const reference = (r: Result) =>
    results.find(
      (s) => s.state === 'completed' && s.strategy === 'sequential' && s.workload === r.workload && pointKey(s.point) === pointKey(r.point),
    ) ??
    results.find(
      (s) => s.state === 'completed' && s.strategy === 'sequential' && s.workload === r.workload && pointKey(s.point) === '[]',
    );
  return results.map((r) => {
    if (r.state !== 'completed' || r.unit !== 'ms') return r;
    const ref = reference(r);
    const speedup = ref && ref.state === 'completed' && r.stats.median > 0 ? ref.stats.median / r.stats.median : null;
    return { ...r, speedup };
  });
}
