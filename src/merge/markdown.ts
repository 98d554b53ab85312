/**
 * summary.md of a merge: the finding, the machines table, the claims matrix (marks only: evidence
 * would make the cells too long to read), the evidence below it claim by claim and machine by
 * machine, and the charts by relative path. Fits a CI job summary ($GITHUB_STEP_SUMMARY).
 */
import { mdCell, tableLines } from '../report/markdown.js';
import { claimMark } from '../report/rows.js';
import { cellEvidence } from './claims.js';
import type { MergeChartDefinition } from './charts/index.js';
import { MERGE_CHARTS } from './charts/index.js';
import type { ClaimRow, MergedFile } from './merged.js';
import { DIFFERS_MARK, MACHINE_COLUMNS, MARKS_NOTE, machineRow, mergeFinding } from './rows.js';

/** The claims matrix as a table: a row per claim, a column per machine. */
export function claimsMatrixLines(merged: MergedFile): string[] {
  return tableLines(
    ['', 'Claim', ...merged.machines.map((m) => mdCell(m.label))],
    merged.claims.map((c) => [c.differs ? DIFFERS_MARK : '', c.statement, ...c.cells.map(claimMark)]),
  );
}

/** One claim's evidence: its statement and id, then a line per machine. */
function evidenceLines(claim: ClaimRow): string[] {
  return [
    `**${mdCell(claim.statement)}** (\`${claim.id}\`)${claim.differs ? ', differs across machines' : ''}`,
    '',
    ...claim.cells.map((cell) => `- ${mdCell(cell.machine)}: ${claimMark(cell)} ${mdCell(cellEvidence(cell))}`),
    '',
  ];
}

/** The Markdown report of a merge; `charts` defaults to every merge chart. */
export function formatMergeMarkdown(merged: MergedFile, charts: readonly MergeChartDefinition[] = MERGE_CHARTS): string {
  const out: string[] = ['# asyncbench across machines', '', `**${mdCell(mergeFinding(merged))}**`, ''];
  out.push('## Machines', '', ...tableLines([...MACHINE_COLUMNS], merged.machines.map(machineRow)), '');
  out.push('## Claims', '');
  if (merged.claims.length === 0) {
    out.push('No run decided any claim.', '');
  } else {
    out.push(...claimsMatrixLines(merged), '', mdCell(MARKS_NOTE), '', '### Evidence', '', ...merged.claims.flatMap(evidenceLines));
  }
  if (charts.length > 0) {
    out.push('## Charts', '');
    for (const chart of charts) out.push(`![${chart.caption}](${chart.file})`, '');
  }
  return out.join('\n');
}
