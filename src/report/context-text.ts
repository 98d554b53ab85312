/**
 * The run's context as one line of text: the footer of every chart, the subtitle of index.html and
 * the first line of the terminal report. Text only, from results.json (never the render time).
 */
import type { RunContext } from '../results/schema.js';

/**
 * The footer every chart carries: what ran where and when, from results.json (never the render time),
 * e.g. `Node v20.20.2 · AMD EPYC 7B13 × 8 cores · preset standard · run 2025-01-31 14:02 UTC · commit 1a2b3c4`
 * (`preset quick, 5 runs` for a file of several runs).
 */
export function contextFooter(context: RunContext): string {
  const parts = [
    `Node ${context.node}`,
    `${context.cpu.model.trim()} × ${context.cpu.cores} cores`,
    `preset ${context.preset}${runsOf(context) > 1 ? `, ${runsOf(context)} runs` : ''}`,
    `run ${formatRunDate(context.startedAt)}`,
    context.git ? `commit ${context.git.commit.slice(0, 7)}${context.git.dirty ? ' (dirty)' : ''}` : 'no git commit',
  ];
  return parts.join(' · ');
}

/** How many runs of the selection the file holds: `--runs` of each bench, times the benches compare:refs merged. */
export function runsOf(context: RunContext): number {
  const { runs, mergedRuns } = context.options;
  const n = (typeof runs === 'number' ? runs : 1) * (typeof mergedRuns === 'number' ? mergedRuns : 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** `2025-01-31 14:02 UTC` from an ISO date; the raw text when it does not parse. */
export function formatRunDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
