/**
 * The notice a busy run carries at the top of summary.md and index.html and on the headline chart:
 * how many cores other processes held while results ran, and what that did to the verdicts. Drawn
 * from results.json (each result's `capacity` or `otherCpu`, and `context.machineAtStart`).
 */
import { formatNumber } from '../format.js';
import { isBusy, otherCpuOf } from '../model/free-capacity.js';
import type { CompletedResult, ResultsFile } from '../results/schema.js';

export interface BusyFigures {
  /** The most cores other processes held while any result ran. */
  mostOtherCpu: number;
  /** Results measured on a busy machine, of all completed ones. */
  busyResults: number;
  results: number;
  cores: number;
}

/** The busy figures of a run, or null when no result ran on a busy machine. */
export function busyFigures(results: ResultsFile): BusyFigures | null {
  const cores = results.context.cpu.cores;
  const done = results.suites.flatMap((s) => s.results.filter((r): r is CompletedResult => r.state === 'completed'));
  const busy = done.filter((r) => isBusy(r, cores));
  if (busy.length === 0) return null;
  return { mostOtherCpu: Math.max(...busy.map(otherCpuOf)), busyResults: busy.length, results: done.length, cores };
}

/** `Busy machine: other processes held up to 1 of 2 cores` (the chart's line), or null. */
export function busyHeadline(results: ResultsFile): string | null {
  const f = busyFigures(results);
  return f ? `⚠ Busy machine: other processes held up to ${formatNumber(f.mostOtherCpu)} of ${f.cores} cores` : null;
}

/** The report's notice, one paragraph, or null on a quiet run. */
export function busyNotice(results: ResultsFile): string | null {
  const f = busyFigures(results);
  if (!f) return null;
  const start = results.context.machineAtStart;
  const atStart = start
    ? ` (${formatNumber(start.otherCpu)} when the bench started${start.waitedMs > 0 ? `, after waiting ${Math.round(start.waitedMs / 1000)} s for it to settle` : ''})`
    : '';
  return (
    `Busy machine: other processes held up to ${formatNumber(f.mostOtherCpu)} of ${f.cores} cores while ${f.busyResults} of ${f.results} results ran${atStart}. ` +
    'Claims about cores and model fits were judged against the cores left free (each says which); a claim that failed under the neighbours is not decided. ' +
    'Absolute times and anything that needs more than the free cores read slower than this machine can do: run again on a quiet machine to compare.'
  );
}
