/**
 * Options of `compare` (and the comparison part of `compare:refs`): parsed and checked at the edge,
 * one `if` each, messages naming the option; defaults come from COMPARE_DEFAULTS.
 */
import { parseOrThrow } from './validate.js';
import { COMPARE_DEFAULTS, type CompareOptions, GATES, type Gate } from '../compare/compare.js';
import { type CompareOutputs, EXPORTERS, type Exporter } from '../compare/exporters.js';
import { InvalidOptionError } from '../errors.js';
import { validateNumber, validateOneOf } from './validate.js';

/** Re-exported for the commands that read it from here. */
export { parseOrThrow };

/** The parseArgs spec of the comparison options, shared by both commands: one path option per exporter. */
export function compareOptionSpec(exporters: readonly Exporter[] = EXPORTERS) {
  const paths: Record<string, { type: 'string' }> = Object.fromEntries(exporters.map((e) => [e.flag, { type: 'string' as const }]));
  return {
    alpha: { type: 'string' },
    threshold: { type: 'string' },
    gate: { type: 'string' },
    'noise-floor': { type: 'string' },
    'cross-machine': { type: 'boolean' },
    ...paths,
    help: { type: 'boolean', short: 'h' },
  } as const;
}

/** The spec with every registered exporter. */
export const COMPARE_OPTION_SPEC = compareOptionSpec();

/** Resolves the comparison options from parsed string values. */
export function resolveCompareOptions(values: {
  alpha?: string | undefined;
  threshold?: string | undefined;
  gate?: string | undefined;
  'noise-floor'?: string | undefined;
  'cross-machine'?: boolean | undefined;
}): Omit<CompareOptions, 'labels'> {
  const alpha = values.alpha === undefined ? COMPARE_DEFAULTS.alpha : validateNumber(values.alpha, '--alpha', 1e-9, 0.5);
  const threshold =
    values.threshold === undefined ? COMPARE_DEFAULTS.threshold : validateNumber(values.threshold, '--threshold', 0, 1000);
  const gate: Gate = values.gate === undefined ? COMPARE_DEFAULTS.gate : validateOneOf(values.gate, '--gate', GATES);
  const noiseFloorMs =
    values['noise-floor'] === undefined
      ? COMPARE_DEFAULTS.noiseFloorMs
      : validateNumber(values['noise-floor'], '--noise-floor', 0, 60_000);
  return { alpha, threshold, gate, noiseFloorMs, crossMachine: values['cross-machine'] === true };
}

/** Resolves the output paths, one per exporter given; an empty path is an error. */
export function resolveOutputs(values: Readonly<Record<string, unknown>>, exporters: readonly Exporter[] = EXPORTERS): CompareOutputs {
  const out: Record<string, string> = {};
  for (const { flag } of exporters) {
    const raw = values[flag];
    if (typeof raw !== 'string') continue;
    if (raw.trim() === '') throw new InvalidOptionError(`--${flag} needs a path (got '')`);
    out[flag] = raw;
  }
  return out;
}

/** Descriptions start at this column in every --help (2 spaces, the option, padding). */
const HELP_COLUMN = 28;

/** One option of --help: the option, then its description lines at HELP_COLUMN (below it when it is too long). */
function helpEntry(option: string, lines: readonly string[]): string {
  const head = `  ${option}`;
  const indented = lines.map((line) => ' '.repeat(HELP_COLUMN) + line);
  if (head.length >= HELP_COLUMN - 1 || indented.length === 0) return [head, ...indented].join('\n');
  return [head.padEnd(HELP_COLUMN) + lines[0], ...indented.slice(1)].join('\n');
}

/** Help text of the comparison options (shared by both commands' --help), exporters from the registry. */
export function compareOptionsHelp(exporters: readonly Exporter[] = EXPORTERS): string {
  return [
    `  --alpha P                 significance level of the Mann-Whitney U test (default ${COMPARE_DEFAULTS.alpha})
  --threshold PCT           smallest change, in %, that counts as regressed/improved (default ${COMPARE_DEFAULTS.threshold})
  --gate machine-independent|all
                            metrics that can fail the run: speedup, measured against the same
                            run's sequential reference (default), or all (adds efficiency against
                            the model's nominal ideal, absolute time and throughput)
  --noise-floor MS          a batch time that moved less than this reads within-noise, never
                            regressed or improved (default ${COMPARE_DEFAULTS.noiseFloorMs}: the I/O server's
                            setTimeout has 1 ms granularity)
  --cross-machine           compare runs of two different testbeds (machine kinds): printed,
                            never gated; without it such a pair exits 2

With several runs a side (bench --runs R), the test runs on one value per run; 5 a side is
the fewest that can reach p < 0.01.`,
    ...exporters.map((e) => helpEntry(`--${e.flag} ${e.writes === 'file' ? 'FILE' : 'DIR'}`, e.help)),
    '  -h, --help                show this help',
  ].join('\n');
}

/** The help with every registered exporter. */
export const COMPARE_OPTIONS_HELP = compareOptionsHelp();

/** compare's exit codes, for its --help (README.md and docs/compare.md say the same). */
export const COMPARE_EXIT_CODES_HELP = `Exit codes:
  0  nothing gated regressed
  1  a gated metric regressed
  2  bad input or option (a missing, unreadable or invalid results file; a bad option; two
     runs of different testbeds without --cross-machine)
  3  internal failure, not a verdict: an output (--markdown, --json...) could not be written,
     or a bug in asyncbench`;
