/** Helpers the chart modules share to pick results out of a results file. */
import type { CompletedResult, Result, ResultsFile, Suite, Workload } from '../../results/schema.js';

/** The order strategies appear in, everywhere; unknown names follow, alphabetically. */
const STRATEGY_ORDER = ['sequential', 'concurrent', 'bounded', 'worker-pool', 'offload'] as const;

/** Sorts strategy names into the house order. */
export function orderStrategies(names: Iterable<string>): string[] {
  const rank = (name: string): number => {
    const i = (STRATEGY_ORDER as readonly string[]).indexOf(name);
    return i === -1 ? STRATEGY_ORDER.length : i;
  };
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function findSuite(results: ResultsFile, name: string): Suite | undefined {
  return results.suites.find((suite) => suite.name === name);
}

function isCompleted(result: Result): result is CompletedResult {
  return result.state === 'completed';
}

/** Completed results of a suite, optionally of one workload. */
export function completedOf(suite: Suite | undefined, workload?: Workload): CompletedResult[] {
  if (!suite) return [];
  return suite.results.filter(isCompleted).filter((r) => workload === undefined || r.workload === workload);
}

/** True for the point `{}`. */
export function isEmptyPoint(point: Record<string, number>): boolean {
  return Object.keys(point).length === 0;
}

/**
 * Why a suite cannot be drawn, as notice lines, or null when it has completed results to draw.
 * A suite that errored or was interrupted but has some completed results is drawn (with a note).
 */
export function suiteProblem(results: ResultsFile, name: string, workload?: Workload): string[] | null {
  const suite = findSuite(results, name);
  if (!suite) {
    return [`The ${name} suite is missing from this run`, `Run it with: npm run bench -- --suite ${name}`];
  }
  if (completedOf(suite, workload).length > 0) return null;
  if (suite.state === 'errored') {
    const why = suite.error ? `${suite.error.name}: ${suite.error.message}` : 'no error recorded';
    return [`The ${name} suite errored: no results to draw`, truncate(why, 110)];
  }
  if (suite.state === 'interrupted') return [`The ${name} suite was interrupted before any result`];
  return [`The ${name} suite has no completed ${workload ?? ''} results`.replace('  ', ' ')];
}

/** A short note for a title when a suite is drawn but incomplete, e.g. ` (suite errored)`. */
export function suiteNote(results: ResultsFile, name: string): string {
  const suite = findSuite(results, name);
  if (!suite || completedOf(suite).length === 0) return '';
  const errored = suite.results.filter((r) => r.state === 'errored').length;
  if (suite.state === 'errored') return ' (suite errored: partial)';
  if (suite.state === 'interrupted') return ' (suite interrupted: partial)';
  return errored > 0 ? ` (${errored} result${errored === 1 ? '' : 's'} errored)` : '';
}

/** The ideal speedup of a strategy: sequential's ideal time / its ideal time, at the same point. */
export function idealSpeedup(result: CompletedResult, sequential: CompletedResult | undefined): number | null {
  if (!sequential || !(result.ideal > 0) || result.unit !== 'ms') return null;
  return sequential.ideal / result.ideal;
}

/** The speedup of a result, from results.json, or computed from the sequential median when absent. */
export function speedupOf(result: CompletedResult, sequential: CompletedResult | undefined): number | null {
  if (result.speedup !== null) return result.speedup;
  if (!sequential || !(result.stats.median > 0)) return null;
  return sequential.stats.median / result.stats.median;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
