/**
 * python suite: the article's own code in its own language, against the same servers. Three parts,
 * each a Python process of its own (bench/python/asyncbench_child.py, timed inside Python with
 * time.perf_counter(), one JSON document validated by src/measure/python-child.ts):
 * - the article's example verbatim (bench/python/article_example.py): httpx.AsyncClient and
 *   asyncio.gather over three calls of 100, 200 and 300 ms, and the same calls awaited one by one;
 * - the io suite's batch (N calls of d ms): sequential, asyncio.gather, asyncio.Semaphore(k), and
 *   ThreadPoolExecutor(W) with a blocking client;
 * - the article's CPU advice: N pure-Python tasks of c ms (calibrated in Python) sequential, under
 *   asyncio.gather, asyncio.to_thread, ThreadPoolExecutor(W) and ProcessPoolExecutor(W);
 * - files: N slow files on the slow-file server's FUSE mount (servers/slow-files.ts), read one by
 *   one, through asyncio.to_thread (the default executor) and through ThreadPoolExecutor(k) for each
 *   k of a sweep. asyncio has no asynchronous file I/O: every way but the first reads in threads.
 *   Where FUSE is not usable this part alone is skipped, with one line naming `npm run setup -- --fuse`.
 * Results have the same shape as Node's, with `runtime: 'python'` and the interpreter's version,
 * implementation and GIL in their params. Without a python3 that has httpx the suite is skipped with
 * one line naming `npm run setup -- --python`; its claims are then not decided.
 */
import { existsSync } from 'node:fs';
import { cleanStaleSlowFileMounts, probeSlowFiles, startSlowFiles, type SlowFiles } from '../servers/slow-files.js';
import { fileURLToPath } from 'node:url';
import { AsyncbenchError, serializeError } from '../src/errors.js';
import type { PresetName } from '../src/measure/options.js';
import { erroredResult } from '../src/measure/measure-result.js';
import type { JsonChildOutcome } from '../src/measure/json-child.js';
import { findPython, runPythonPart, type PythonDoc, type PythonInfo, type PythonPart, type PythonStrategyOutcome } from '../src/measure/python-child.js';
import { sampledResult } from '../src/measure/sampled-result.js';
import { labelOf, type Budget, type SuiteContext, type SuiteDefinition } from '../src/measure/suite.js';
import type { Ideal } from '../src/model/ideal.js';
import { articleIdeal, defaultExecutorThreads, filesIdeal, PYTHON_STRATEGIES, pythonIdeal } from '../src/model/python.js';
import { pythonClaims } from '../src/model/python-claims.js';
import type { Result, Workload } from '../src/results/schema.js';
import { quantileSorted, sorted } from '../src/stats/summary.js';

export interface PythonSizes {
  /** The article's three delays (ms), and how many batches of each way. */
  article: { delaysMs: number[]; samples: number };
  io: { tasks: number; delayMs: number; budget: Budget };
  cpu: { tasks: number; cpuMs: number; budget: Budget };
  /** N slow files of d ms, read through ThreadPoolExecutor(k) for each k of `threads` too. */
  files: { tasks: number; delayMs: number; threads: number[]; budget: Budget };
}

/**
 * Per preset. io and cpu are the io and cpu suites' batches (and take --tasks, --delay, --cpu-ms
 * like them), so Node and Python are compared on the same N. Quick is trimmed in samples, not in N:
 * with 5 samples of each way and 3 of the article's the suite took 12.2 s here and the whole quick
 * preset 62 s, over its 60; 2 of the article's (about 1 s each: 0.34 + 0.64 s) and 3 of the io
 * batch's (sequential is 20 calls of about 22 ms: 0.45 s a batch) save about 2.5 s. The three
 * interpreter starts take about 0.3 s each. Standard's sequential I/O batch is 100 calls, 2.3 s: with
 * 5 samples of it and 5 of the article's the suite took 39.3 s, at its 40 s budget; 4 of each save
 * about 4 s.
 *
 * files: N is at least twice the default executor's T threads (filesTasks), so to_thread needs two
 * waves or more on any machine; 16 on 2 cores (T = 6) is three. d must stay above the reads' own
 * overhead N*o (o = 0.65-0.95 ms a read here, mostly the FUSE server's Python), or the claim cannot
 * tell one wave from the next. One by one is N*d, most of the part's time: quick's part took 2.0 s
 * here (probe 0.2 s, mount 0.04 s, one by one 3 x 0.33 s), standard's 5.9 s (5 x 0.66 s one by one).
 */
export const PYTHON_SIZES: Record<PresetName, PythonSizes> = {
  quick: {
    article: { delaysMs: [100, 200, 300], samples: 2 },
    io: { tasks: 20, delayMs: 20, budget: { timeMs: 0, minSamples: 3 } },
    cpu: { tasks: 8, cpuMs: 10, budget: { timeMs: 200, minSamples: 5 } },
    files: { tasks: 16, delayMs: 20, threads: [4, 16], budget: { timeMs: 0, minSamples: 3 } },
  },
  standard: {
    article: { delaysMs: [100, 200, 300], samples: 4 },
    io: { tasks: 100, delayMs: 20, budget: { timeMs: 1500, minSamples: 4 } },
    cpu: { tasks: 16, cpuMs: 20, budget: { timeMs: 1500, minSamples: 5 } },
    files: { tasks: 16, delayMs: 40, threads: [4, 8, 16], budget: { timeMs: 0, minSamples: 5 } },
  },
  thorough: {
    article: { delaysMs: [100, 200, 300], samples: 10 },
    io: { tasks: 200, delayMs: 50, budget: { timeMs: 5000, minSamples: 10 } },
    cpu: { tasks: 32, cpuMs: 25, budget: { timeMs: 4000, minSamples: 10 } },
    files: { tasks: 32, delayMs: 100, threads: [4, 8, 16, 32], budget: { timeMs: 0, minSamples: 10 } },
  },
};

/**
 * N of the files part: the preset's, raised to twice the default executor's threads T (min(32,
 * cpus + 4)) where that is more. Only N > T shows the cap (to_thread then takes a second wave of d
 * where an uncapped gather would take one), and with 2T the second wave is full: to_thread reads two
 * whole waves on a big machine as it reads three on 2 cores (T = 6, N = 16).
 */
export function filesTasks(presetTasks: number, cpuCount: number): number {
  return Math.max(presetTasks, 2 * defaultExecutorThreads(cpuCount));
}

const SCRIPT = fileURLToPath(new URL('../../bench/python/asyncbench_child.py', import.meta.url));
/** The most batches a part takes of one way, whatever its budget. */
const MAX_SAMPLES = 50;
const PART_TIMEOUT_MS = 180_000;

export const PYTHON_SETUP_HINT = 'install it with `npm run setup -- --python`, or pick one with --python PATH';
export const FUSE_SETUP_HINT = 'install it with `npm run setup -- --fuse` (fuse3 and python3-fusepy; /dev/fuse must be usable)';
/** Each slow file's size: 4 KiB, one read. */
const FILE_BYTES = 4096;

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

export interface PythonSuiteOptions {
  /** The child script. @default bench/python/asyncbench_child.py */
  script?: string;
  /** Interpreters tried when --python is not given. @default python3, /usr/bin/python3 */
  candidates?: readonly string[];
  sizes?: PythonSizes;
  /** Interpreters tried for the slow-file server (it needs fusepy, not httpx). @default python3, /usr/bin/python3 */
  fuseCandidates?: readonly string[];
}

/** The interpreter this run found, and why the files part was skipped (FUSE not usable), if it was. */
interface Found {
  info: PythonInfo;
  filesSkipped?: string;
  filesTried?: string[];
}

export function createPythonSuite(options: PythonSuiteOptions = {}): SuiteDefinition {
  const script = options.script ?? SCRIPT;
  const fuseCandidates = options.fuseCandidates ?? ['python3', '/usr/bin/python3'];
  const sizesOf = (ctx: Pick<SuiteContext, 'preset' | 'options'>, info?: PythonInfo): PythonSizes => {
    const s = options.sizes ?? PYTHON_SIZES[ctx.preset];
    const o = ctx.options;
    // files takes --delay (d, as the files suite does) but not --tasks: its N is set against the
    // executor's threads (filesTasks).
    const fileSizes = { ...s.files, delayMs: o.delayMs ?? s.files.delayMs };
    const files = info ? { ...fileSizes, tasks: filesTasks(s.files.tasks, info.cpuCount) } : fileSizes;
    return { ...s, io: { ...s.io, tasks: o.tasks ?? s.io.tasks, delayMs: o.delayMs ?? s.io.delayMs }, cpu: { ...s.cpu, tasks: o.tasks ?? s.cpu.tasks, cpuMs: o.cpuMs ?? s.cpu.cpuMs }, files };
  };
  /** What this run found: the interpreter (and why the files part was skipped), or why the suite was skipped (read by params()). */
  let found: Found | { skipped: string; tried?: string[] } | undefined;
  return {
    name: 'python',
    title: "The article's own code in Python: asyncio + httpx against the same servers, and its CPU advice (threads, processes)",
    params(ctx) {
      const s = sizesOf(ctx, found && 'info' in found ? found.info : undefined);
      const state =
        found === undefined
          ? {}
          : 'info' in found
            ? { python: found.info, ...(found.filesSkipped ? { filesSkipped: found.filesSkipped, filesTried: found.filesTried } : {}) }
            : { skipped: found.skipped, ...(found.tried ? { tried: found.tried } : {}) };
      return { ...s, workers: ctx.options.workers, concurrency: ctx.options.concurrency, cores: ctx.cores, ...state };
    },
    async run(ctx) {
      found = undefined;
      if (ctx.servers.target) {
        found = { skipped: 'the python suite calls the built-in I/O server; it does not run with --target' };
        ctx.emit({ type: 'warning', message: `python suite skipped: ${found.skipped}` });
        return;
      }
      // A missing child script is the harness's fault, not a missing interpreter: the suite errors.
      if (!existsSync(script)) throw new AsyncbenchError('ASYNCBENCH_ERR_SUITE', `the python suite's script is missing: ${script}`);
      const explicit = ctx.options.python ?? null;
      const pick = await findPython(explicit, script, ctx.signal, options.candidates);
      if (ctx.signal.aborted) return;
      if (!pick.found) {
        found = { skipped: `no python3 with httpx found; ${PYTHON_SETUP_HINT}`, tried: pick.tried };
        ctx.emit({ type: 'warning', message: `python suite skipped: ${found.skipped} (tried ${pick.tried.join('; ')})` });
        return;
      }
      const chosen: Found = { info: pick.info };
      found = chosen;
      ctx.emit({ type: 'note', message: `python: ${pick.info.implementation} ${pick.info.version} (${pick.info.executable}), GIL ${pick.info.gil ? 'on' : 'off'}, httpx ${pick.info.httpx ?? '?'}` });
      const s = sizesOf(ctx, pick.info);
      const common = { 'max-samples': MAX_SAMPLES };
      const parts: Array<{ part: Exclude<PythonPart, 'files'>; flags: Record<string, string | number>; label: string }> = [
        {
          part: 'article',
          label: "the article's example (httpx.AsyncClient + asyncio.gather)",
          flags: { ...common, url: ctx.servers.ioUrl, delays: s.article.delaysMs.join(','), 'time-ms': 0, 'min-samples': s.article.samples },
        },
        {
          part: 'io',
          label: `io batch, N=${s.io.tasks} calls of ${s.io.delayMs} ms`,
          flags: { ...common, url: ctx.servers.ioUrl, tasks: s.io.tasks, 'delay-ms': s.io.delayMs, concurrency: ctx.options.concurrency, workers: ctx.options.workers, 'time-ms': s.io.budget.timeMs, 'min-samples': s.io.budget.minSamples },
        },
        {
          part: 'cpu',
          label: `CPU advice, N=${s.cpu.tasks} pure-Python tasks of ${s.cpu.cpuMs} ms`,
          flags: { ...common, tasks: s.cpu.tasks, 'cpu-ms': s.cpu.cpuMs, workers: ctx.options.workers, 'time-ms': s.cpu.budget.timeMs, 'min-samples': s.cpu.budget.minSamples },
        },
      ];
      const recordAll = (part: PythonPart, outcome: JsonChildOutcome<PythonDoc>): void => {
        if (outcome.state === 'aborted') return;
        const results =
          outcome.state === 'completed'
            ? resultsOf(part, outcome.value, s, ctx)
            : expectedOf(part, s).map(({ strategy, threads }) => erroredOf(part, strategy, s, pick.info, ctx, `python ${part} part ${outcome.reason}`, threads === undefined ? {} : { threads }));
        for (const result of results) {
          ctx.record(result);
          ctx.emit({ type: 'measure-end', suite: 'python', label: labelOf(`python ${result.strategy}`, result.point), result });
        }
      };
      for (const { part, flags, label } of parts) {
        if (ctx.signal.aborted) return;
        ctx.emit({ type: 'measure-start', suite: 'python', label: `python: ${label}` });
        const outcome = await runPythonPart({ python: pick.python, script, part, flags, timeoutMs: PART_TIMEOUT_MS, signal: ctx.signal });
        // A part cut off by Ctrl-C is not a measurement: nothing is recorded.
        if (outcome.state === 'aborted') return;
        recordAll(part, outcome);
      }
      if (ctx.signal.aborted) return;

      // files: on the slow-file server's mount. Its interpreter needs fusepy, not httpx, and may
      // not be the suite's; where none can serve, this part alone is skipped.
      const cleaned = await cleanStaleSlowFileMounts();
      if (cleaned.length > 0) ctx.emit({ type: 'note', message: `python files: unmounted ${cleaned.length} stale mount${cleaned.length === 1 ? '' : 's'} of an earlier run (${cleaned.join(', ')})` });
      const fuse = await probeSlowFiles(fuseCandidates);
      if (ctx.signal.aborted) return;
      if (!fuse.ok) {
        chosen.filesSkipped = `FUSE is not usable here; ${FUSE_SETUP_HINT}`;
        chosen.filesTried = fuse.tried;
        const tried = fuse.tried.length > 0 ? fuse.tried.join('; ') : 'no interpreter given';
        ctx.emit({ type: 'warning', message: oneLine(`python files part skipped: ${chosen.filesSkipped} (tried ${tried})`) });
        return;
      }
      const f = s.files;
      ctx.emit({ type: 'measure-start', suite: 'python', label: `python: files, N=${f.tasks} reads of ${f.delayMs} ms (FUSE: ${fuse.binding}, Python ${fuse.version})` });
      let mount: SlowFiles | undefined;
      let outcome: JsonChildOutcome<PythonDoc>;
      try {
        mount = await startSlowFiles({ python: fuse.python, files: f.tasks, bytes: FILE_BYTES, delayMs: f.delayMs });
        outcome = ctx.signal.aborted
          ? { state: 'aborted' }
          : await runPythonPart({
              python: pick.python,
              script,
              part: 'files',
              flags: { ...common, dir: mount.mountpoint, tasks: f.tasks, threads: f.threads.join(','), 'time-ms': f.budget.timeMs, 'min-samples': f.budget.minSamples },
              timeoutMs: PART_TIMEOUT_MS,
              signal: ctx.signal,
            });
      } catch (error) {
        // The mount failed though the probe passed: the part's results are errored, with why.
        outcome = { state: 'errored', reason: error instanceof Error ? error.message : String(error) };
      } finally {
        // Always unmounted: at the end, on an error, and on Ctrl-C (the suite's signal aborts the part).
        await mount?.close();
      }
      recordAll('files', outcome);
    },
    claims(suite, context) {
      return pythonClaims(suite, context.cpu.cores);
    },
  };
}

export const pythonSuite: SuiteDefinition = createPythonSuite();

const workloadOf = (part: PythonPart): Workload => (part === 'cpu' ? 'cpu' : part === 'files' ? 'file' : 'io');

/** The (strategy, threads) a part reports: the files part's thread-pool once per k. */
function expectedOf(part: PythonPart, s: PythonSizes): Array<{ strategy: string; threads?: number }> {
  if (part !== 'files') return PYTHON_STRATEGIES[part].map((strategy) => ({ strategy }));
  return [{ strategy: 'sequential' }, { strategy: 'to-thread' }, ...s.files.threads.map((threads) => ({ strategy: 'thread-pool', threads }))];
}

function pointOf(part: PythonPart, strategy: string, s: PythonSizes, extra: Record<string, number | string>): Record<string, number> {
  if (part === 'article') return { calls: 3 };
  if (part !== 'files') return {};
  return strategy === 'thread-pool' && typeof extra.threads === 'number' ? { tasks: s.files.tasks, threads: extra.threads } : { tasks: s.files.tasks };
}

/** What names a result of `part`: its params carry the interpreter. */
function namedOf(part: PythonPart, strategy: string, s: PythonSizes, info: PythonInfo, ctx: Pick<SuiteContext, 'options'>, extra: Record<string, number | string> = {}) {
  const interpreter = { python: info.version, implementation: info.implementation, gil: info.gil ? 'on' : 'off' };
  const params: Record<string, number | string> =
    part === 'article'
      ? { calls: 3, delaysMs: s.article.delaysMs.join(','), maxDelayMs: Math.max(...s.article.delaysMs), sumDelayMs: s.article.delaysMs.reduce((a, b) => a + b, 0) }
      : part === 'io'
        ? { tasks: s.io.tasks, delayMs: s.io.delayMs, concurrency: ctx.options.concurrency, workers: ctx.options.workers }
        : part === 'cpu'
          ? { tasks: s.cpu.tasks, cpuMs: s.cpu.cpuMs, workers: ctx.options.workers }
          : { tasks: s.files.tasks, delayMs: s.files.delayMs, bytes: FILE_BYTES };
  return { workload: workloadOf(part), strategy, point: pointOf(part, strategy, s, extra), params: { ...params, ...extra, ...interpreter } };
}

function erroredOf(part: PythonPart, strategy: string, s: PythonSizes, info: PythonInfo, ctx: Pick<SuiteContext, 'options'>, reason: string, extra: Record<string, number | string> = {}): Result {
  const error = serializeError(new AsyncbenchError('ASYNCBENCH_ERR_PYTHON', reason));
  return { ...erroredResult(namedOf(part, strategy, s, info, ctx, extra), error), runtime: 'python' };
}

/** One result per way the document reports, modelled like Node's (src/model/python.ts). */
function resultsOf(part: PythonPart, doc: PythonDoc, s: PythonSizes, ctx: SuiteContext): Result[] {
  const info = doc.python;
  return (doc.strategies ?? []).map((outcome: PythonStrategyOutcome): Result => {
    const extra: Record<string, number | string> = {};
    if (outcome.threads !== undefined) extra.threads = outcome.threads;
    if (part === 'cpu' && doc.calibration) extra.taskMs = Number(doc.calibration.taskMs.toFixed(3));
    if (part === 'cpu' && typeof doc.calibration?.pinnedCpu === 'number' && (outcome.strategy === 'sequential' || outcome.strategy === 'concurrent')) extra.pinnedCpu = doc.calibration.pinnedCpu;
    if (outcome.state === 'errored') return erroredOf(part, outcome.strategy, s, info, ctx, `python ${outcome.strategy}: ${outcome.error.name}: ${outcome.error.message}`, outcome.threads !== undefined ? { threads: outcome.threads } : {});
    let ideal: Ideal;
    if (part === 'article') ideal = articleIdeal(outcome.strategy, s.article.delaysMs);
    else if (part === 'files') ideal = filesIdeal({ strategy: outcome.strategy, tasks: s.files.tasks, delayMs: s.files.delayMs, threads: outcome.threads ?? defaultExecutorThreads(info.cpuCount) });
    else {
      const size = part === 'io' ? { tasks: s.io.tasks, delayMs: s.io.delayMs, cpuMs: 0 } : { tasks: s.cpu.tasks, delayMs: 0, cpuMs: s.cpu.cpuMs };
      ideal = pythonIdeal({
        part,
        strategy: outcome.strategy,
        ...size,
        concurrency: ctx.options.concurrency,
        workers: ctx.options.workers,
        threads: outcome.threads ?? defaultExecutorThreads(info.cpuCount),
        cores: ctx.cores,
        gil: info.gil,
      });
    }
    const busy = outcome.busyCores && outcome.busyCores.length > 0 ? { busyCores: quantileSorted(sorted(outcome.busyCores), 0.5) } : {};
    const samples = outcome.samples.map((v) => Number(v.toFixed(3)));
    const result = sampledResult(namedOf(part, outcome.strategy, s, info, ctx, extra), { samples, eventLoopDelay: null, taskErrors: outcome.taskErrors, ...busy }, ideal);
    return {
      ...result,
      runtime: 'python',
      ...(outcome.firstTaskError ? { firstTaskError: outcome.firstTaskError } : {}),
      ...(outcome.poolStartupMs !== undefined ? { poolStartupMs: Number(outcome.poolStartupMs.toFixed(3)) } : {}),
    };
  });
}
