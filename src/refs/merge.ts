/**
 * Merging several bench runs of one ref into one results file (compare:refs): every run stays a run
 * of its own in each result's `runs` (src/model/runs.ts), so compare tests per-run figures, and the
 * top-level figures are those of all runs together.
 */
import { mergeRunSuites } from '../model/runs.js';
import type { ResultsFile } from '../results/schema.js';

/** Merges runs of the same bench (same suites and results) into one file; the first run's context. */
export function mergeRuns(runs: readonly ResultsFile[]): ResultsFile {
  const first = runs[0];
  if (!first) throw new RangeError('mergeRuns needs at least one run');
  const last = runs[runs.length - 1] ?? first;
  return {
    schemaVersion: first.schemaVersion,
    kind: first.kind,
    status: runs.every((r) => r.status === 'completed') ? 'completed' : 'interrupted',
    context: { ...first.context, finishedAt: last.context.finishedAt, options: { ...first.context.options, mergedRuns: runs.length } },
    suites: mergeRunSuites(runs.map((r) => r.suites)),
    // Claims are decided by the bench from its suites' rules; a merged file does not restate them.
    claims: [],
  };
}
