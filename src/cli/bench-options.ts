/**
 * `npm run bench` options: parsed and validated at the edge, defaults in one place, one message per
 * mistake naming the option and what it accepts.
 */
import { parseArgs } from 'node:util';
import { InvalidOptionError } from '../errors.js';
import { availableCores } from '../measure/cores.js';
import { type BenchOptions, PRESET_NAMES } from '../measure/options.js';
import { FILES_MAX_TASKS } from '../model/files.js';
import { STRATEGY_DEFINITIONS, STRATEGY_NAMES } from '../strategies/registry.js';
import { OUTPUT_OPTIONS_HELP, OUTPUT_OPTION_SPEC, type OutputOptions, resolveOutputOptions } from './output-options.js';
import type { IoRequest } from '../workloads/io.js';
import { HTTP_METHODS, validateBody, validateHeader, validateInteger, validateLabel, validateList, validateMethod, validateOneOf, validatePoolSizes, validatePython, validateTarget } from './validate.js';

/** Defaults of every option. */
const BENCH_DEFAULTS = {
  preset: 'standard',
  concurrency: 8,
  /** @default the cores this process can use (src/measure/cores.ts: affinity and cgroup quota) */
  workers: (cores: number) => cores,
  out: 'reports/latest (and a copy in reports/runs/<time>)',
  /**
   * Seconds to wait for a quiet machine before measuring. 30: long enough for what a CI runner is
   * often still finishing when the job starts (an install, a build), short against a whole bench
   * (a quick run takes about 45 s); a machine that stays busy is then measured and judged against
   * the capacity that was free.
   */
  waitForIdleS: 30,
} as const;

export function benchHelp(suiteNames: readonly string[]): string {
  return `asyncbench: measure when async helps, on this machine

Usage: asyncbench bench [options]   (or: npm run bench -- [options])

Runs the same batch of tasks under each execution strategy (sequential, concurrent,
bounded, worker-pool) against local I/O and CPU servers, compares each with its ideal,
and decides the claims. Writes results.json, summary.md, index.html and PNG charts.

Options:
  --suite LIST         suites to run, comma-separated: ${suiteNames.join(', ')} (default: all)
  --preset NAME        sizes and time budgets: ${PRESET_NAMES.join(', ')} (default: ${BENCH_DEFAULTS.preset})
                       quick is for CI and tests (under 60 s); standard under 4 min
  --out DIR            output folder (default: ${BENCH_DEFAULTS.out})
  --runs R             measure the whole selection R times, one after another; results.json
                       keeps every run, and compare tests the runs (the run is what varies
                       between two benches: 5 runs per side can reach p < 0.01), 1..100
                       (default: 1)
  --tasks N            tasks per batch N in the io, cpu and mixed suites, 1..100000 (default: preset)
  --delay MS           one I/O call's delay d in the io, scaling and load suites, 0..60000 ms
                       (default: preset)
  --cpu-ms MS          one task's CPU time c in the cpu, scaling and load suites, 1..10000 ms
                       (default: preset)
  --workers W          worker-pool and offload threads, 1..256 (default: cores = ${availableCores()})
  --concurrency K      bounded: tasks in flight at most, 1..100000 (default: ${BENCH_DEFAULTS.concurrency})
  --strategies LIST    comma-separated (default: all):
${STRATEGY_DEFINITIONS.map((d) => `                         ${d.name.padEnd(12)} ${d.summary}`).join('\n')}
  --target URL         run the io suite against your own endpoint instead of the built-in
                       server; the model uses the measured latency of one call. Repeat it to
                       call several endpoints: a batch cycles through them
  --allow-remote       allow a --target host that is not this machine
  --method M           the target's HTTP method: ${HTTP_METHODS.join(', ')}
                       (default: GET, or POST with --body)
  --header 'N: V'      a request header for the target, repeatable (an auth token, say); its
                       value is never written to results.json or any report, only its name
  --body STR|@FILE     the request body for the target: the string, or FILE's contents
  --timeout MS         a call to the target that takes longer fails (a task error), 1..600000
                       (default: none)
  --max-requests N     the target suite's cap on calls over its whole sweep, 1..1000000
                       (default: 5000 on this machine, 500 with --allow-remote)
  --max-rate R         the target suite's cap on requests per second, 1..100000 (default: none
                       on this machine, 20 with --allow-remote: modest for somebody else's API)
  --rate R             load suite: also run each target in the open model at R requests/s
                       over all connections, 1..100000 (default: closed model only)
  --wait-for-idle S    before measuring, wait up to S seconds while other processes use a
                       quarter of the cores or more; 0 starts at once, 0..3600 (default:
                       ${BENCH_DEFAULTS.waitForIdleS}). A machine still busy then is measured, and claims about
                       cores are judged against the cores that were free
  --python PATH        the python suite's interpreter: it needs httpx (default: the first of
                       python3 on PATH and /usr/bin/python3 that has it; none: the suite is
                       skipped with one line; \`npm run setup -- --python\` installs Debian's)
  --pool-sizes LIST    files suite: UV_THREADPOOL_SIZE values, one child process each,
                       comma-separated, 1..1024 (default: 1,4,16). The files suite reads
                       --tasks N slow files (1..${FILES_MAX_TASKS}) of --delay MS each
  --label NAME         this machine's name in merged reports (asyncbench merge) and compare,
                       1..64 printable characters (default: the testbed key, from the OS,
                       arch, CPU model, cores and Node major, e.g. linux-x64-amd-epyc-2c-node20)
Output:
${OUTPUT_OPTIONS_HELP}
  -h, --help           show this help

Exit codes: 0 the run completed (failing claims are findings, not errors), 1 a suite
errored or the servers did not start, 2 bad options, 3 internal failure (an output could not
be written, or a bug), 130 interrupted (results of finished suites are kept).`;
}

/**
 * The parsed command line: help, or the run's options (recorded in results.json), its output
 * options and the target's request (neither recorded: the request holds the header values).
 */
type ParsedBench = { help: true } | { help: false; options: BenchOptions; output: OutputOptions; request: IoRequest | null };

/**
 * Parses argv (without node and script) into resolved options, or throws InvalidOptionError;
 * `cores` (this process's, src/measure/cores.ts) is the default worker count.
 */
export function parseBenchArgs(argv: readonly string[], suiteNames: readonly string[], cores: number = availableCores()): ParsedBench {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        suite: { type: 'string' },
        preset: { type: 'string' },
        out: { type: 'string' },
        runs: { type: 'string' },
        tasks: { type: 'string' },
        delay: { type: 'string' },
        'cpu-ms': { type: 'string' },
        workers: { type: 'string' },
        concurrency: { type: 'string' },
        strategies: { type: 'string' },
        target: { type: 'string', multiple: true },
        method: { type: 'string' },
        header: { type: 'string', multiple: true },
        body: { type: 'string' },
        timeout: { type: 'string' },
        'max-requests': { type: 'string' },
        'max-rate': { type: 'string' },
        'allow-remote': { type: 'boolean' },
        rate: { type: 'string' },
        'wait-for-idle': { type: 'string' },
        label: { type: 'string' },
        python: { type: 'string' },
        'pool-sizes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...OUTPUT_OPTION_SPEC,
      },
    }));
  } catch (error) {
    // parseArgs' messages are long and multi-line: keep the first sentence, add the hint.
    const first = String((error as Error).message).split('\n')[0]?.replace(/\. To specify.*$/, '') ?? 'bad option';
    throw new InvalidOptionError(`${first} (see --help)`);
  }
  if (values.help) return { help: true };

  const str = (name: string) => values[name] as string | undefined;
  const list = (name: string) => (values[name] as string[] | undefined) ?? [];
  const targets = list('target');
  const headers = list('header').map(validateHeader);
  const body = values.body === undefined ? null : validateBody(values.body as string);
  const optional = <T>(name: string, parse: (raw: string) => T): T | null => {
    const raw = str(name);
    return raw === undefined ? null : parse(raw);
  };

  const options: BenchOptions = {
    suites: optional('suite', (raw) => validateList(raw, '--suite', suiteNames)) ?? [...suiteNames],
    preset: validateOneOf(str('preset') ?? BENCH_DEFAULTS.preset, '--preset', PRESET_NAMES),
    out: optional('out', (raw) => {
      if (raw.trim() === '') throw new InvalidOptionError('--out must be a folder path (got an empty string)');
      return raw;
    }),
    runs: optional('runs', (raw) => validateInteger(raw, '--runs', 1, 100)) ?? 1,
    tasks: optional('tasks', (raw) => validateInteger(raw, '--tasks', 1, 100_000)),
    delayMs: optional('delay', (raw) => validateInteger(raw, '--delay', 0, 60_000)),
    cpuMs: optional('cpu-ms', (raw) => validateInteger(raw, '--cpu-ms', 1, 10_000)),
    workers: optional('workers', (raw) => validateInteger(raw, '--workers', 1, 256)) ?? BENCH_DEFAULTS.workers(cores),
    concurrency: optional('concurrency', (raw) => validateInteger(raw, '--concurrency', 1, 100_000)) ?? BENCH_DEFAULTS.concurrency,
    strategies: optional('strategies', (raw) => validateList(raw, '--strategies', STRATEGY_NAMES)) ?? [...STRATEGY_NAMES],
    target: targets.length > 0 ? targets.map((raw) => validateTarget(raw, values['allow-remote'] === true)) : null,
    allowRemote: values['allow-remote'] === true,
    rate: optional('rate', (raw) => validateInteger(raw, '--rate', 1, 100_000)),
    waitForIdleS: optional('wait-for-idle', (raw) => validateInteger(raw, '--wait-for-idle', 0, 3600)) ?? BENCH_DEFAULTS.waitForIdleS,
    label: optional('label', validateLabel),
    python: optional('python', validatePython),
    poolSizes: optional('pool-sizes', validatePoolSizes),
    method: null,
    headerNames: headers.map(([name]) => name),
    bodyBytes: body === null ? null : Buffer.byteLength(body),
    timeoutMs: optional('timeout', (raw) => validateInteger(raw, '--timeout', 1, 600_000)),
    maxRequests: optional('max-requests', (raw) => validateInteger(raw, '--max-requests', 1, 1_000_000)),
    maxRate: optional('max-rate', (raw) => validateInteger(raw, '--max-rate', 1, 100_000)),
  };
  if (options.allowRemote && options.target === null) {
    throw new InvalidOptionError('--allow-remote goes with --target URL');
  }
  if (options.target === null && values.suite === undefined) options.suites = options.suites.filter((s) => s !== 'target');
  // The python suite calls the built-in I/O server: with --target it runs only when asked for.
  if (options.target !== null && values.suite === undefined) options.suites = options.suites.filter((s) => s !== 'python');
  if (options.python !== null && !options.suites.includes('python')) throw new InvalidOptionError('--python goes with the python suite (not in --suite)');
  if (options.poolSizes !== null && !options.suites.includes('files')) throw new InvalidOptionError('--pool-sizes goes with the files suite (not in --suite)');
  if (options.tasks !== null && options.tasks > FILES_MAX_TASKS && options.suites.includes('files')) {
    throw new InvalidOptionError(`--tasks with the files suite must be an integer from 1 to ${FILES_MAX_TASKS} (one slow file per task; got ${options.tasks}); leave it out with --suite`);
  }
  if (options.target === null && options.suites.includes('target')) throw new InvalidOptionError('--suite target needs --target URL (the endpoint to sweep)');
  for (const flag of ['method', 'header', 'body', 'timeout', 'max-requests', 'max-rate'] as const) {
    if (values[flag] !== undefined && options.target === null) throw new InvalidOptionError(`--${flag} goes with --target URL (the built-in servers take a plain GET)`);
  }
  // As curl -d does: a body without --method is a POST.
  const method = optional('method', validateMethod) ?? (body !== null ? 'POST' : 'GET');
  if (body !== null && method === 'HEAD') throw new InvalidOptionError('--body cannot go with --method HEAD (a HEAD request has no body)');
  options.method = options.target === null ? null : method;
  const request: IoRequest | null = options.target === null ? null : { method, headers, body, timeoutMs: options.timeoutMs };
  return { help: false, options, output: resolveOutputOptions(values as Record<string, string | boolean | undefined>), request };
}
