/**
 * merged.json: what `asyncbench merge` writes, and what its report is drawn from. The machines (one
 * per distinct run, in input order), the claims matrix (claim × machine), and the input results files
 * themselves, so nothing is lost: a later merge reads a merged.json as its inputs (read.ts flattens
 * it) and recomputes the rest. `machines[i]` is the run `inputs[i]`.
 */
import type { Claim, ResultsFile } from '../results/schema.js';
import type { Testbed } from '../results/testbed.js';

/** The `kind` of a merged file, so it is told apart from a results file. */
export const MERGED_KIND = 'asyncbench-merged';
/** The version of merged.json this build writes and reads. */
export const MERGED_VERSION = 1;

/** One machine: a column of the claims matrix, a row of the machines table. */
export interface Machine {
  /** The column's name: the testbed's label, or `label (2)` when an earlier distinct run has it. */
  label: string;
  /** The run's testbed (key, and label as recorded or derived). */
  testbed: Testbed;
  /** The file it was read from, as given (`merged.json inputs[2]` for one read through a merged file). */
  source: string;
  platform: string;
  arch: string;
  cpuModel: string;
  /** The cores the process could use (`context.cpu.cores`): what its figures and verdicts count. */
  cores: number;
  /** The host's CPUs, when recorded. */
  hostCores: number | null;
  node: string;
  /** `context.startedAt` (ISO 8601). */
  startedAt: string;
  /** The git commit it ran, or null outside a checkout. */
  commit: string | null;
}

/** One cell of the claims matrix: a claim's verdict on one machine. */
export interface ClaimCell {
  /** The machine's label. */
  machine: string;
  /** ✔ true, ✘ false, not decided null (undecided in that run, or not in it). */
  holds: boolean | null;
  /** The measured figures behind the verdict; null when the claim is not in that run. */
  evidence: string | null;
  judgedAgainst?: Claim['judgedAgainst'];
}

/** One row of the claims matrix. */
export interface ClaimRow {
  id: string;
  suite: string;
  /** The statement and rule of the first run that has the claim. */
  statement: string;
  rule: string;
  /** Not every machine gives the same verdict (✔, ✘ or not decided). */
  differs: boolean;
  /** One per machine, in machine order. */
  cells: ClaimCell[];
}

/** A whole merged.json. */
export interface MergedFile {
  kind: typeof MERGED_KIND;
  version: typeof MERGED_VERSION;
  machines: Machine[];
  /** The claims that differ across machines first, then the rest, each in the order they first appear. */
  claims: ClaimRow[];
  /** The runs merged, one per machine, as read (migrated to the current results schema). */
  inputs: ResultsFile[];
}

/** merged.json's text (two-space indent, a final newline), like results.json. */
export function formatMergedJson(merged: MergedFile): string {
  return `${JSON.stringify(merged, null, 2)}\n`;
}
