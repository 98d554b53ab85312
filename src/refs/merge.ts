/**
 * Merging several runs of one ref into one results file (compare:refs): per result, the samples of
 * every run are concatenated and the figures recomputed from them, so the test sees all samples.
 */
import { type CompletedResult, type Result, type ResultsFile, type Suite, resultKey } from '../results/schema.js';
import { computeStats, quantileSorted, sorted } from '../stats/summary.js';

const median = (values: readonly number[]): number => quantileSorted(sorted(values), 0.5);

/**
 * The key of the result a completed result's speedup was computed against: the sequential result of
 * the same suite and workload whose median equals speedup × median (the bench's own definition).
 */
function referenceKey(suite: Suite, r: CompletedResult): string | null {
  if (r.speedup === null) return null;
  const target = r.speedup * r.stats.median;
  for (const other of suite.results) {
    if (other.state !== 'completed' || other.strategy !== 'sequential' || other.workload !== r.workload) continue;
    if (Math.abs(other.stats.median - target) <= 1e-9 * Math.max(1, Math.abs(target))) return resultKey(suite.name, other);
  }
  return null;
}

/** Merges runs of the same bench (same suites and results) into one file; the first run's context. */
export function mergeRuns(runs: readonly ResultsFile[]): ResultsFile {
  const first = runs[0];
  if (!first) throw new RangeError('mergeRuns needs at least one run');
  const suiteOrder: string[] = [];
  const bySuite = new Map<string, { suite: Suite; keys: string[]; parts: Map<string, Result[]>; refs: Map<string, string | null> }>();
  for (const run of runs) {
    for (const s of run.suites) {
      let entry = bySuite.get(s.name);
      if (!entry) {
        entry = { suite: s, keys: [], parts: new Map(), refs: new Map() };
        bySuite.set(s.name, entry);
        suiteOrder.push(s.name);
      }
      for (const r of s.results) {
        const key = resultKey(s.name, r);
        if (!entry.parts.has(key)) {
          entry.keys.push(key);
          entry.parts.set(key, []);
        }
        entry.parts.get(key)?.push(r);
        if (r.state === 'completed' && !entry.refs.get(key)) entry.refs.set(key, referenceKey(s, r));
      }
    }
  }
  const suites: Suite[] = suiteOrder.map((name) => {
    const entry = bySuite.get(name) as NonNullable<ReturnType<typeof bySuite.get>>;
    const merged = new Map<string, Result>();
    for (const key of entry.keys) merged.set(key, mergeResult(entry.parts.get(key) ?? []));
    // Speedups need the merged reference, so a second pass.
    for (const key of entry.keys) {
      const r = merged.get(key);
      if (r?.state !== 'completed' || r.speedup === null) continue;
      const ref = merged.get(entry.refs.get(key) ?? '');
      if (ref?.state === 'completed') {
        r.speedup = ref.stats.median / r.stats.median;
      } else {
        // No reference found: the median of each run's sequential median (speedup × median).
        const parts = (entry.parts.get(key) ?? []).filter((p): p is CompletedResult => p.state === 'completed' && p.speedup !== null);
        r.speedup = median(parts.map((p) => (p.speedup as number) * p.stats.median)) / r.stats.median;
      }
    }
    const states = runs.map((run) => run.suites.find((s) => s.name === name)?.state);
    return {
      ...entry.suite,
      state: states.every((s) => s === 'completed') ? 'completed' : states.includes('errored') ? 'errored' : 'interrupted',
      durationMs: runs.reduce((sum, run) => sum + (run.suites.find((s) => s.name === name)?.durationMs ?? 0), 0),
      results: entry.keys.map((key) => merged.get(key) as Result),
    };
  });
  const last = runs[runs.length - 1] ?? first;
  return {
    schemaVersion: first.schemaVersion,
    kind: first.kind,
    status: runs.every((r) => r.status === 'completed') ? 'completed' : 'interrupted',
    context: { ...first.context, finishedAt: last.context.finishedAt, options: { ...first.context.options, mergedRuns: runs.length } },
    suites,
    // Claims are decided per run; a merged file does not restate them.
    claims: [],
  };
}

/** One result from its runs: completed ones concatenated; errored only when no run completed. */
function mergeResult(parts: readonly Result[]): Result {
  const completed = parts.filter((p): p is CompletedResult => p.state === 'completed');
  const head = completed[0];
  if (!head) return { ...(parts[0] as Result) };
  const samples = completed.flatMap((p) => p.samples);
  const stats = computeStats(samples);
  const ideal = median(completed.map((p) => p.ideal));
  return {
    ...head,
    samples,
    stats,
    ideal,
    efficiency: head.unit === 'ms' ? ideal / stats.median : stats.median / ideal,
    taskErrors: completed.reduce((sum, p) => sum + p.taskErrors, 0),
  };
}
