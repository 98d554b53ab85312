/**
 * `npm run compare -- <baseline> <current> [options]`: reads two results.json files, prints the
 * comparison table, writes the asked-for exports, exits 0 (no gated regression), 1 (a gated
 * regression), 2 (bad input or option, one line naming the file or option) or 3 (internal: an output
 * that could not be written, one line; a bug, with its stack). See COMPARE_EXIT_CODES_HELP.
 */
import { pathToFileURL } from 'node:url';
import { compare, testbedMismatch } from '../compare/compare.js';
import { writeComparisonOutputs } from '../compare/outputs.js';
import { toText } from '../compare/text.js';
import { EXIT, InvalidOptionError, TestbedMismatchError } from '../errors.js';
import { readResultsFile } from '../results/read.js';
import { COMPARE_EXIT_CODES_HELP, COMPARE_OPTIONS_HELP, COMPARE_OPTION_SPEC, parseOrThrow, resolveCompareOptions, resolveOutputs } from './compare-options.js';
import { exitWith } from './exit.js';

/** The text of --help. */
export const HELP = `Usage: npm run compare -- <baseline.json> <current.json> [options]

Compares two asyncbench results files metric by metric (speedup, efficiency, time, throughput) with a
Mann-Whitney U test and a Hodges-Lehmann 95% CI of the change, and exits 1 when a gated metric regressed.

Options:
${COMPARE_OPTIONS_HELP}

${COMPARE_EXIT_CODES_HELP}
`;

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOrThrow({ args: [...argv], options: COMPARE_OPTION_SPEC, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2) {
    throw new InvalidOptionError(`compare needs two results files, <baseline> and <current> (got ${positionals.length})`);
  }
  const [baselinePath, currentPath] = positionals as [string, string];
  const options = resolveCompareOptions(values);
  const outputs = resolveOutputs(values);
  const baseline = readResultsFile(baselinePath);
  const current = readResultsFile(currentPath);
  const labels = { baseline: baselinePath, current: currentPath };
  const mismatch = testbedMismatch(baseline, current, labels);
  if (mismatch !== null && !options.crossMachine) throw new TestbedMismatchError(mismatch);
  const comparison = compare(baseline, current, { ...options, labels });
  process.stdout.write(toText(comparison));
  for (const path of await writeComparisonOutputs(comparison, outputs)) process.stderr.write(`wrote ${path}\n`);
  return comparison.failed ? EXIT.failure : EXIT.ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitWith('compare', main(process.argv.slice(2)));
}
