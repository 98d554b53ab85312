/**
 * The claims matrix: every claim any run decided, × every machine. A cell is the claim's verdict in
 * that machine's run (✔ true, ✘ false, not decided null), or not decided with no evidence when the
 * run does not have the claim (its suite did not run, or an older build did not know it). The claims
 * whose verdict differs across machines come first, then the rest, each group in the order the claims
 * first appear (machine by machine, each run's claims in its order). Pure.
 */
import { formatNumber } from '../format.js';
import type { Claim, ResultsFile } from '../results/schema.js';
import type { ClaimCell, ClaimRow } from './merged.js';

/** One run's claims beside the label of its machine. */
export interface LabelledRun {
  label: string;
  results: Pick<ResultsFile, 'claims'>;
}

/** The cell of `claim` (undefined: not in the run) on the machine `label`. */
function cellOf(label: string, claim: Claim | undefined): ClaimCell {
  if (!claim) return { machine: label, holds: null, evidence: null };
  return { machine: label, holds: claim.holds, evidence: claim.evidence, ...(claim.judgedAgainst ? { judgedAgainst: claim.judgedAgainst } : {}) };
}

/** The claims matrix of these runs, the differing claims first. */
export function claimsMatrix(runs: readonly LabelledRun[]): ClaimRow[] {
  const first = new Map<string, Claim>();
  for (const run of runs) for (const claim of run.results.claims) if (!first.has(claim.id)) first.set(claim.id, claim);
  const rows = [...first.values()].map((claim): ClaimRow => {
    const cells = runs.map((run) => cellOf(run.label, run.results.claims.find((c) => c.id === claim.id)));
    const differs = new Set(cells.map((cell) => cell.holds)).size > 1;
    return { id: claim.id, suite: claim.suite, statement: claim.statement, rule: claim.rule, differs, cells };
  });
  // Array.prototype.filter keeps the order: differing claims first, each group in first-seen order.
  return [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)];
}

/**
 * What a cell's verdict was judged against, for claims about cores on a quiet machine: `judged
 * against 2 cores`. Null for claims that carry none, and on a busy machine (basis `free`), whose
 * evidence already says it (`; judged against 1.02 free cores (other processes held up to 0.98 of 2)`).
 */
export function judgedAgainstText(cell: Pick<ClaimCell, 'judgedAgainst'>): string | null {
  const j = cell.judgedAgainst;
  if (!j || j.basis !== 'nominal') return null;
  return `judged against ${formatNumber(j.cores)} core${j.cores === 1 ? '' : 's'}`;
}

/** A cell's evidence as one text: the run's evidence and what it was judged against, or why there is none. */
export function cellEvidence(cell: ClaimCell): string {
  if (cell.evidence === null) return 'not in this run';
  const judged = judgedAgainstText(cell);
  return judged ? `${cell.evidence} (${judged})` : cell.evidence;
}
