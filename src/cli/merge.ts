/**
 * `asyncbench merge FILE|DIR... --out DIR` (or `npm run merge -- ...`): one report across machines
 * from the results files of several runs (a CI matrix's artifacts): summary.md, claims-matrix.md,
 * index.html, the machines charts and merged.json. A folder stands for every `*.json` below it; a merged.json of an
 * earlier merge for the runs it holds. Exit 0, or 2 with one line naming the file, folder or option
 * that is wrong (an unwritable output too: fileSystemErrorsAreUsage), or 3 for a bug.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, InvalidOptionError } from '../errors.js';
import { MAX_INPUTS, merge, readInputs, renderMerge } from '../merge/index.js';
import { formatMergedJson } from '../merge/merged.js';
import { writeOutputs } from '../report/writer.js';
import { parseOrThrow } from './validate.js';
import { exitWith } from './exit.js';
import { validateOutputPath } from './validate.js';

export const HELP = `Usage: npm run merge -- <results.json|DIR>... --out DIR [options]
   or: asyncbench merge <results.json|DIR>... --out DIR [options]

Merges the results of runs on several machines (say, one CI job per machine) into one report:
summary.md, claims-matrix.md (the same without charts, for a CI job summary), index.html,
machines-cpu-scaling.png, machines-io.png and merged.json. It shows a
machines table, and a claims matrix (claim × machine: ✔ / ✘ / not decided, with each verdict's
evidence) whose claims that differ across machines come first.

Inputs: 1 to ${MAX_INPUTS} results files. A folder stands for every *.json file below it (a folder
of downloaded CI artifacts); a merged.json of an earlier merge for the runs it holds. The same run
given twice is counted once. Machines are named by their testbed label (bench --label).

Options:
  --out DIR            folder to write into (required)
  --json               print merged.json on stdout; the summary line stays on stderr
  --quiet              print no summary line (notes about the inputs still)
  --help               show this help

Exit codes: 0 written, 2 bad option, unreadable/invalid input, empty folder, too many inputs, or
unwritable output, 3 internal failure (a bug in asyncbench).
`;

const SPEC = { out: { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' }, help: { type: 'boolean' } } as const;

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOrThrow({ args: [...argv], options: SPEC, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (values.out === undefined) throw new InvalidOptionError('merge needs --out DIR, the folder to write the report into (see --help)');
  const out = resolve(validateOutputPath(values.out, '--out', 'folder'));
  const started = performance.now();
  const { merged, notes } = merge(readInputs(positionals));
  for (const note of notes) process.stderr.write(`merge: ${note}\n`);
  const written = writeOutputs(out, await renderMerge(merged));
  const ms = Math.round(performance.now() - started);
  if (values.json) process.stdout.write(formatMergedJson(merged));
  if (!values.quiet) {
    const differ = merged.claims.filter((c) => c.differs).length;
    const machines = `${merged.machines.length} machine${merged.machines.length === 1 ? '' : 's'}`;
    process.stderr.write(`merge: ${machines}, ${merged.claims.length} claims (${differ} differ${differ === 1 ? 's' : ''}), wrote ${written.length} files to ${out} in ${ms} ms\n`);
  }
  return EXIT.ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A file-system error while writing (EACCES, ENOSPC, ENOTDIR...): one line, like a bad input.
  exitWith('merge', main(process.argv.slice(2)), { fileSystemErrorsAreUsage: true });
}
