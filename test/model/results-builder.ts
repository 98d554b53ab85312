/** Hand-built results for model tests: a completed result from a median and a few figures. */
import { asOneRun } from '../../src/model/runs.js';
import type { CompletedResult, Suite } from '../../src/results/schema.js';
import { computeStats } from '../../src/stats/summary.js';

export function completed(
  workload: CompletedResult['workload'],
  strategy: string,
  median: number,
  extra: Partial<CompletedResult> = {},
): CompletedResult {
  const samples = [median, median, median];
  return asOneRun({
    workload,
    strategy,
    point: {},
    params: {},
    state: 'completed',
    unit: 'ms',
    better: 'smaller',
    samples,
    stats: computeStats(samples),
    ideal: median,
    idealFormula: 'hand-built',
    speedup: null,
    efficiency: 1,
    eventLoopDelay: null,
    taskErrors: 0,
    ...extra,
  });
}

export function suiteOf(name: string, results: Suite['results']): Suite {
  return { name, title: name, state: 'completed', params: {}, startedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, results };
}
