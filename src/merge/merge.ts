/**
 * merge(): the runs read from the inputs, in input order, into one MergedFile. Pure: it reads no
 * file and writes nothing; what a person should hear about (a run given twice, two runs sharing a
 * label) comes back as `notes`, one line each, for the CLI to print on stderr.
 *
 * - The same run given twice is counted once: a run is its testbed (label and key), its start
 *   time and its git commit. Copies of one run under distinct labels are distinct machines.
 * - Machines are named by their testbed's label; a later distinct run with a label already taken is
 *   named `label (2)`, `label (3)` ...
 */
import { InvalidOptionError } from '../errors.js';
import type { ResultsFile } from '../results/schema.js';
import { testbedOf } from '../results/testbed.js';
import { claimsMatrix } from './claims.js';
import { type Machine, MERGED_KIND, MERGED_VERSION, type MergedFile } from './merged.js';

/** The most files, and the most distinct runs, one merge reads: 1 to 50. */
export const MAX_INPUTS = 50;

/** One run read from an input, and where from. */
export interface MergeInput {
  /** The path as given, or `merged.json inputs[2]` for a run read through a merged file. */
  source: string;
  results: ResultsFile;
}

/** The merged file, and the lines to tell the user. */
export interface MergeOutcome {
  merged: MergedFile;
  notes: string[];
}

/** What makes two files the same run: testbed label and key, start time, git commit. */
export function runIdentity(results: ResultsFile): string {
  const { key, label } = testbedOf(results.context);
  return JSON.stringify([label, key, results.context.startedAt, results.context.git?.commit ?? null]);
}

/** The inputs with each run once (the first copy kept), and a note per copy left out. */
export function dedupeRuns(inputs: readonly MergeInput[]): { runs: MergeInput[]; notes: string[] } {
  const seen = new Map<string, MergeInput>();
  const notes: string[] = [];
  for (const input of inputs) {
    const id = runIdentity(input.results);
    const kept = seen.get(id);
    if (kept) {
      const { label } = testbedOf(input.results.context);
      notes.push(`${kept.source} and ${input.source} are the same run (label ${label}, started ${input.results.context.startedAt}): counted once`);
    } else {
      seen.set(id, input);
    }
  }
  return { runs: [...seen.values()], notes };
}

/** A machine's label for each run: its testbed's, `label (2)` ... when taken; a note per shared label. */
export function machineLabels(runs: readonly MergeInput[]): { labels: string[]; notes: string[] } {
  const wanted = runs.map((run) => testbedOf(run.results.context).label);
  const taken = new Set(wanted);
  const used = new Set<string>();
  const labels = wanted.map((label) => {
    if (!used.has(label)) {
      used.add(label);
      return label;
    }
    let n = 2;
    while (used.has(`${label} (${n})`) || taken.has(`${label} (${n})`)) n++;
    const name = `${label} (${n})`;
    used.add(name);
    return name;
  });
  const notes: string[] = [];
  for (const label of new Set(wanted)) {
    const at = wanted.flatMap((w, i) => (w === label ? [i] : []));
    if (at.length < 2) continue;
    const names = at.map((i) => labels[i] as string);
    const sources = at.map((i) => runs[i]?.source ?? '');
    const listed = sources.length <= 3 ? sources.join(', ') : `${sources.slice(0, 2).join(', ')} and ${sources.length - 2} more`;
    const shown = names.length <= 3 ? names.join(', ') : `${names[0]}, ${names[1]} ... ${names[names.length - 1]}`;
    notes.push(`${at.length} different runs are labelled ${label} (${listed}): named ${shown}`);
  }
  return { labels, notes };
}

/** The machines-table row of a run. */
export function machineOf(label: string, input: MergeInput): Machine {
  const c = input.results.context;
  return {
    label,
    testbed: testbedOf(c),
    source: input.source,
    platform: c.os.platform,
    arch: c.os.arch,
    cpuModel: c.cpu.model.trim(),
    cores: c.cpu.cores,
    hostCores: c.cpu.hostCores ?? null,
    node: c.node,
    startedAt: c.startedAt,
    commit: c.git?.commit ?? null,
  };
}

/**
 * Merges the runs of `inputs` (in input order) into one MergedFile. An InvalidOptionError when there
 * is none, or more than MAX_INPUTS distinct runs (merged files hold several).
 */
export function merge(inputs: readonly MergeInput[]): MergeOutcome {
  const deduped = dedupeRuns(inputs);
  const count = deduped.runs.length;
  if (count === 0 || count > MAX_INPUTS) {
    throw new InvalidOptionError(`${count} distinct runs in the files given: merge reads 1 to ${MAX_INPUTS} (a merged.json counts each run it holds)`);
  }
  const { labels, notes } = machineLabels(deduped.runs);
  const machines = deduped.runs.map((run, i) => machineOf(labels[i] as string, run));
  const claims = claimsMatrix(deduped.runs.map((run, i) => ({ label: labels[i] as string, results: run.results })));
  return {
    merged: { kind: MERGED_KIND, version: MERGED_VERSION, machines, claims, inputs: deduped.runs.map((run) => run.results) },
    notes: [...deduped.notes, ...notes],
  };
}
