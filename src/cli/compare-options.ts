/**
 * Options of `compare` (and the comparison part of `compare:refs`): parsed and checked at the edge,
 * one `if` each, messages naming the option; defaults come from COMPARE_DEFAULTS.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { COMPARE_DEFAULTS, type CompareOptions, GATES, type Gate } from '../compare/compare.js';
import { InvalidOptionError } from '../errors.js';
import { validateNumber, validateOneOf } from './validate.js';

/** Where the comparison goes besides stdout. */
export interface CompareOutputs {
  markdown?: string;
  json?: string;
  githubBenchmark?: string;
  charts?: string;
}

/** The parseArgs spec of the comparison options, shared by both commands. */
export const COMPARE_OPTION_SPEC = {
  alpha: { type: 'string' },
  threshold: { type: 'string' },
  gate: { type: 'string' },
  'noise-floor': { type: 'string' },
  markdown: { type: 'string' },
  json: { type: 'string' },
  'github-benchmark': { type: 'string' },
  charts: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs node's parseArgs and turns its errors into one-line InvalidOptionErrors. */
export function parseOrThrow<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'bad arguments';
    throw new InvalidOptionError(message.replace(/\. To specify a positional argument.*$/, ''));
  }
}

/** Resolves the comparison options from parsed string values. */
export function resolveCompareOptions(values: {
  alpha?: string | undefined;
  threshold?: string | undefined;
  gate?: string | undefined;
  'noise-floor'?: string | undefined;
}): Omit<CompareOptions, 'labels'> {
  const alpha = values.alpha === undefined ? COMPARE_DEFAULTS.alpha : validateNumber(values.alpha, '--alpha', 1e-9, 0.5);
  const threshold =
    values.threshold === undefined ? COMPARE_DEFAULTS.threshold : validateNumber(values.threshold, '--threshold', 0, 1000);
  const gate: Gate = values.gate === undefined ? COMPARE_DEFAULTS.gate : validateOneOf(values.gate, '--gate', GATES);
  const noiseFloorMs =
    values['noise-floor'] === undefined
      ? COMPARE_DEFAULTS.noiseFloorMs
      : validateNumber(values['noise-floor'], '--noise-floor', 0, 60_000);
  return { alpha, threshold, gate, noiseFloorMs };
}

/** Resolves the output paths; an empty path is an error. */
export function resolveOutputs(values: {
  markdown?: string | undefined;
  json?: string | undefined;
  'github-benchmark'?: string | undefined;
  charts?: string | undefined;
}): CompareOutputs {
  const out: CompareOutputs = {};
  const check = (raw: string | undefined, name: string): string | undefined => {
    if (raw === undefined) return undefined;
    if (raw.trim() === '') throw new InvalidOptionError(`${name} needs a path (got '')`);
    return raw;
  };
  const markdown = check(values.markdown, '--markdown');
  const json = check(values.json, '--json');
  const githubBenchmark = check(values['github-benchmark'], '--github-benchmark');
  const charts = check(values.charts, '--charts');
  if (markdown !== undefined) out.markdown = markdown;
  if (json !== undefined) out.json = json;
  if (githubBenchmark !== undefined) out.githubBenchmark = githubBenchmark;
  if (charts !== undefined) out.charts = charts;
  return out;
}

/** Help text of the comparison options (shared by both commands' --help). */
export const COMPARE_OPTIONS_HELP = `  --alpha P                 significance level of the Mann-Whitney U test (default ${COMPARE_DEFAULTS.alpha})
  --threshold PCT           smallest change, in %, that counts as regressed/improved (default ${COMPARE_DEFAULTS.threshold})
  --gate machine-independent|all
                            metrics that can fail the run: speedup, efficiency (default), or all
                            (adds absolute time and throughput)
  --noise-floor MS          a batch time that moved less than this is never regressed or improved
                            (default ${COMPARE_DEFAULTS.noiseFloorMs}: timers on both sides have 1 ms granularity)
  --markdown FILE           write the Markdown report (regressions first), e.g. $GITHUB_STEP_SUMMARY
  --json FILE               write the verdicts as JSON
  --github-benchmark DIR    write custom-smaller-is-better.json and custom-bigger-is-better.json
                            for github-action-benchmark
  --charts DIR              write comparison PNGs (baseline beside current per suite and metric)
  -h, --help                show this help`;
