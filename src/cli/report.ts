/**
 * `asyncbench report <results.json> [--out DIR] [output options]` (or `npm run report -- ...`):
 * re-renders summary.md, index.html and every chart from a saved results.json, without running
 * anything, and writes the asked-for exports. Exit 0, or 2 with one line naming the file or option
 * that is wrong (an unwritable output too: fileSystemErrorsAreUsage), or 3 for a bug.
 */
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EXIT, InvalidOptionError } from '../errors.js';
import { renderReport } from '../report/index.js';
import { formatResultsJson } from '../report/json.js';
import { writeOutputs } from '../report/writer.js';
import { readResultsFile } from '../results/read.js';
import { exitWith } from './exit.js';
import { OUTPUT_OPTIONS_HELP, OUTPUT_OPTION_SPEC, resolveOutputOptions, writeExports } from './output-options.js';

export const HELP = `Usage: npm run report -- <results.json> [--out DIR] [options]
   or: asyncbench report <results.json> [--out DIR] [options]

Re-renders the report of a saved run (summary.md, index.html and the PNG charts) from its results.json.

Options:
  --out DIR            folder to write into (default: the folder of results.json)
${OUTPUT_OPTIONS_HELP}
  --help               show this help

Exit codes: 0 written, 2 bad option, unreadable/invalid results file or unwritable output,
3 internal failure (a bug in asyncbench).
`;

const SPEC = { out: { type: 'string' }, help: { type: 'boolean' }, ...OUTPUT_OPTION_SPEC } as const;

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof SPEC; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InvalidOptionError(`${(error as Error).message.split(/\.\s/)[0] ?? 'bad option'} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new InvalidOptionError(`report needs exactly one results file (got ${positionals.length}; see --help)`);
  }
  if (values.out !== undefined && values.out.trim() === '') throw new InvalidOptionError('--out must name a folder');
  const output = resolveOutputOptions(values);
  const path = positionals[0] as string;
  const results = readResultsFile(path);
  const out = resolve(values.out ?? dirname(path));
  const started = performance.now();
  const files = await renderReport(results, { charts: output.charts });
  const written = writeOutputs(out, files);
  const exported = writeExports(results, output);
  const ms = Math.round(performance.now() - started);
  if (output.json) process.stdout.write(formatResultsJson(results));
  if (!output.quiet) {
    process.stderr.write(`report: wrote ${written.length} files to ${out} in ${ms} ms\n`);
    if (exported.length > 0) process.stderr.write(`report: exported ${exported.join(', ')}\n`);
  }
  return EXIT.ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A file-system error while writing (EACCES, ENOSPC, ENOTDIR...): one line, like a bad input.
  exitWith('report', main(process.argv.slice(2)), { fileSystemErrorsAreUsage: true });
}
