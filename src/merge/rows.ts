/**
 * What summary.md, index.html and the charts of a merge all show, computed once: the machines table,
 * the marks of the claims matrix, the one-line finding and the footer. Text only, from merged.json.
 */
import { formatRunDate } from '../report/context-text.js';
import type { Machine, MergedFile } from './merged.js';

/** The machines table's header. */
export const MACHINE_COLUMNS = ['Machine', 'OS/arch', 'CPU', 'Cores', 'Node', 'Date'] as const;

/** `2`, or `1 (host 2)` when the process could use fewer of the host's CPUs. */
export function coresText(machine: Pick<Machine, 'cores' | 'hostCores'>): string {
  return machine.hostCores !== null && machine.hostCores !== machine.cores ? `${machine.cores} (host ${machine.hostCores})` : String(machine.cores);
}

/** One row of the machines table, as cell texts in MACHINE_COLUMNS order. */
export function machineRow(m: Machine): string[] {
  return [m.label, `${m.platform}/${m.arch}`, m.cpuModel, coresText(m), m.node, formatRunDate(m.startedAt)];
}

/** The mark of a claim that differs across machines, in the first column of the matrix. */
export const DIFFERS_MARK = '≠';

/** What the marks mean, said once under the matrix. */
export const MARKS_NOTE =
  '≠ the verdict differs across machines · ✔ holds · ✘ does not hold · ? not decided (its evidence says why: a suite missing or errored, a busy machine, a machine without what the claim needs; or the run does not have the claim)';

/** `4 machines, 23 claims: 3 differ across machines` */
export function mergeFinding(merged: MergedFile): string {
  const n = merged.machines.length;
  const differ = merged.claims.filter((c) => c.differs).length;
  const claims = `${merged.claims.length} claim${merged.claims.length === 1 ? '' : 's'}`;
  const verdicts =
    merged.claims.length === 0
      ? 'no claims decided'
      : differ === 0
        ? `${claims}: the same verdict on every machine`
        : `${claims}: ${differ} differ${differ === 1 ? 's' : ''} across machines`;
  return `${n} machine${n === 1 ? '' : 's'}, ${verdicts}`;
}

/** `commit 47868c7`, `commits 47868c7, c45f5d7`, `5 commits`, `no git commit`. */
function commitsText(machines: readonly Machine[]): string {
  const commits = [...new Set(machines.map((m) => m.commit?.slice(0, 7) ?? null))].filter((c): c is string => c !== null);
  if (commits.length === 0) return 'no git commit';
  if (commits.length > 3) return `${commits.length} commits`;
  return `commit${commits.length === 1 ? '' : 's'} ${commits.join(', ')}`;
}

/**
 * The footer of every merge chart and the line under index.html's heading: how many machines, which
 * Node versions and commits, and when the runs started, e.g.
 * `4 machines · Node v20.20.2, v24.11.1 · commit 47868c7 · runs 2026-12-02 04:34 UTC – 2026-12-02 06:10 UTC`.
 */
export function mergeFooter(merged: MergedFile): string {
  const { machines } = merged;
  const nodes = [...new Set(machines.map((m) => m.node))];
  const dates = machines.map((m) => m.startedAt).sort();
  const first = formatRunDate(dates[0] ?? '');
  const last = formatRunDate(dates[dates.length - 1] ?? '');
  return [
    `${machines.length} machine${machines.length === 1 ? '' : 's'}`,
    nodes.length > 3 ? `${nodes.length} Node versions` : `Node ${nodes.join(', ')}`,
    commitsText(machines),
    first === last ? `run ${first}` : `runs ${first} – ${last}`,
  ].join(' · ');
}
