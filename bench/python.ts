/**
 * python suite: the article's own code in its own language, against the same servers. Three parts,
 * each a Python process of its own (bench/python/asyncbench_child.py, timed inside Python with
 * time.perf_counter(), one JSON document validated by src/measure/python-child.ts):
 * - the article's example verbatim (bench/python/article_example.py): httpx.AsyncClient and
 *   asyncio.gather over three calls of 100, 200 and 300 ms, and the same calls awaited one by one;
 * - the io suite's batch (N calls of d ms): sequential, asyncio.gather, asyncio.Semaphore(k), and
 *   ThreadPoolExecutor(W) with a blocking client;
 * - the article's CPU advice: N pure-Python tasks of c ms (calibrated in Python) sequential, under
 *   asyncio.gather, asyncio.to_thread, ThreadPoolExecutor(W) and ProcessPoolExecutor(W).
 * Results have the same shape as Node's, with `runtime: 'python'` and the interpreter's version,
 * implementation and GIL in their params. Without a python3 that has httpx the suite is skipped with
 * one line naming `npm run setup -- --python`; its claims are then not decided.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AsyncbenchError, serializeError } from '../src/errors.js';
import type { PresetName } from '../src/measure/options.js';
import { erroredResult } from '../src/measure/measure-result.js';
import { findPython, runPythonPart, type PythonDoc, type PythonInfo, type PythonPart, type PythonStrategyOutcome } from '../src/measure/python-child.js';
import { sampledResult } from '../src/measure/sampled-result.js';
import { labelOf, type Budget, type SuiteContext, type SuiteDefinition } from '../src/measure/suite.js';
import type { Ideal } from '../src/model/ideal.js';
import { articleIdeal, PYTHON_STRATEGIES, pythonIdeal } from '../src/model/python.js';
import { pythonClaims } from '../src/model/python-claims.js';
import type { Result, Workload } from '../src/results/schema.js';
import { quantileSorted, sorted } from '../src/stats/summary.js';

export interface PythonSizes {
  /** The article's three delays (ms), and how many batches of each way. */
  article: { delaysMs: number[]; samples: number };
  io: { tasks: number; delayMs: number; budget: Budget };
  cpu: { tasks: number; cpuMs: number; budget: Budget };
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
 */
export const PYTHON_SIZES: Record<PresetName, PythonSizes> = {
  quick: {
    article: { delaysMs: [100, 200, 300], samples: 2 },
    io: { tasks: 20, delayMs: 20, budget: { timeMs: 0, minSamples: 3 } },
    cpu: { tasks: 8, cpuMs: 10, budget: { timeMs: 200, minSamples: 5 } },
  },
  standard: {
    article: { delaysMs: [100, 200, 300], samples: 4 },
    io: { tasks: 100, delayMs: 20, budget: { timeMs: 1500, minSamples: 4 } },
    cpu: { tasks: 16, cpuMs: 20, budget: { timeMs: 1500, minSamples: 5 } },
  },
  thorough: {
    article: { delaysMs: [100, 200, 300], samples: 10 },
    io: { tasks: 200, delayMs: 50, budget: { timeMs: 5000, minSamples: 10 } },
    cpu: { tasks: 32, cpuMs: 25, budget: { timeMs: 4000, minSamples: 10 } },
  },
};

const SCRIPT = fileURLToPath(new URL('../../bench/python/asyncbench_child.py', import.meta.url));
/** The most batches a part takes of one way, whatever its budget. */
const MAX_SAMPLES = 50;
const PART_TIMEOUT_MS = 180_000;

export const PYTHON_SETUP_HINT = 'install it with `npm run setup -- --python`, or pick one with --python PATH';

export interface PythonSuiteOptions {
  /** The child script. @default bench/python/asyncbench_child.py */
  script?: string;
  /** Interpreters tried when --python is not given. @default python3, /usr/bin/python3 */
  candidates?: readonly string[];
  sizes?: PythonSizes;
}

export function createPythonSuite(options: PythonSuiteOptions = {}): SuiteDefinition {
  const script = options.script ?? SCRIPT;
  const sizesOf = (ctx: Pick<SuiteContext, 'preset' | 'options'>): PythonSizes => {
    const s = options.sizes ?? PYTHON_SIZES[ctx.preset];
    const o = ctx.options;
    return { ...s, io: { ...s.io, tasks: o.tasks ?? s.io.tasks, delayMs: o.delayMs ?? s.io.delayMs }, cpu: { ...s.cpu, tasks: o.tasks ?? s.cpu.tasks, cpuMs: o.cpuMs ?? s.cpu.cpuMs } };
  };
  /** What this run found: the interpreter, or why the suite was skipped (read by params()). */
  let found: { info: PythonInfo } | { skipped: string; tried?: string[] } | undefined;
  return {
    name: 'python',
    title: "The article's own code in Python: asyncio + httpx against the same servers, and its CPU advice (threads, processes)",
    params(ctx) {
      const s = sizesOf(ctx);
      return { ...s, workers: ctx.options.workers, concurrency: ctx.options.concurrency, cores: ctx.cores, ...(found === undefined ? {} : 'info' in found ? { python: found.info } : { skipped: found.skipped, ...(found.tried ? { tried: found.tried } : {}) }) };
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
      found = { info: pick.info };
      ctx.emit({ type: 'note', message: `python: ${pick.info.implementation} ${pick.info.version} (${pick.info.executable}), GIL ${pick.info.gil ? 'on' : 'off'}, httpx ${pick.info.httpx ?? '?'}` });
      const s = sizesOf(ctx);
      const common = { 'max-samples': MAX_SAMPLES };
      const parts: Array<{ part: PythonPart; flags: Record<string, string | number>; label: string }> = [
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
      for (const { part, flags, label } of parts) {
        if (ctx.signal.aborted) return;
        ctx.emit({ type: 'measure-start', suite: 'python', label: `python: ${label}` });
        const outcome = await runPythonPart({ python: pick.python, script, part, flags, timeoutMs: PART_TIMEOUT_MS, signal: ctx.signal });
        // A part cut off by Ctrl-C is not a measurement: nothing is recorded.
        if (outcome.state === 'aborted') return;
        const results =
          outcome.state === 'completed'
            ? resultsOf(part, outcome.value, s, ctx)
            : PYTHON_STRATEGIES[part].map((strategy) => erroredOf(part, strategy, s, pick.info, ctx, `python ${part} part ${outcome.reason}`));
        for (const result of results) {
          ctx.record(result);
          ctx.emit({ type: 'measure-end', suite: 'python', label: labelOf(`python ${result.strategy}`, result.point), result });
        }
      }
    },
    claims(suite, context) {
      return pythonClaims(suite, context.cpu.cores);
    },
  };
}

export const pythonSuite: SuiteDefinition = createPythonSuite();

const workloadOf = (part: PythonPart): Workload => (part === 'cpu' ? 'cpu' : 'io');
const pointOf = (part: PythonPart): Record<string, number> => (part === 'article' ? { calls: 3 } : {});

/** What names a result of `part`: its params carry the interpreter. */
function namedOf(part: PythonPart, strategy: string, s: PythonSizes, info: PythonInfo, ctx: Pick<SuiteContext, 'options'>, extra: Record<string, number | string> = {}) {
  const interpreter = { python: info.version, implementation: info.implementation, gil: info.gil ? 'on' : 'off' };
  const params: Record<string, number | string> =
    part === 'article'
      ? { calls: 3, delaysMs: s.article.delaysMs.join(','), maxDelayMs: Math.max(...s.article.delaysMs), sumDelayMs: s.article.delaysMs.reduce((a, b) => a + b, 0) }
      : part === 'io'
        ? { tasks: s.io.tasks, delayMs: s.io.delayMs, concurrency: ctx.options.concurrency, workers: ctx.options.workers }
        : { tasks: s.cpu.tasks, cpuMs: s.cpu.cpuMs, workers: ctx.options.workers };
  return { workload: workloadOf(part), strategy, point: pointOf(part), params: { ...params, ...extra, ...interpreter } };
}

function erroredOf(part: PythonPart, strategy: string, s: PythonSizes, info: PythonInfo, ctx: Pick<SuiteContext, 'options'>, reason: string): Result {
  const error = serializeError(new AsyncbenchError('ASYNCBENCH_ERR_PYTHON', reason));
  return { ...erroredResult(namedOf(part, strategy, s, info, ctx), error), runtime: 'python' };
}

/** One result per way the document reports, modelled like Node's (src/model/python.ts). */
function resultsOf(part: PythonPart, doc: PythonDoc, s: PythonSizes, ctx: SuiteContext): Result[] {
  const info = doc.python;
  return (doc.strategies ?? []).map((outcome: PythonStrategyOutcome): Result => {
    const extra: Record<string, number | string> = {};
    if (outcome.state === 'completed' && outcome.threads !== undefined) extra.threads = outcome.threads;
    if (part === 'cpu' && doc.calibration) extra.taskMs = Number(doc.calibration.taskMs.toFixed(3));
    if (part === 'cpu' && typeof doc.calibration?.pinnedCpu === 'number' && (outcome.strategy === 'sequential' || outcome.strategy === 'concurrent')) extra.pinnedCpu = doc.calibration.pinnedCpu;
    const named = namedOf(part, outcome.strategy, s, info, ctx, extra);
    if (outcome.state === 'errored') return erroredOf(part, outcome.strategy, s, info, ctx, `python ${outcome.strategy}: ${outcome.error.name}: ${outcome.error.message}`);
    let ideal: Ideal;
    if (part === 'article') ideal = articleIdeal(outcome.strategy, s.article.delaysMs);
    else {
      const size = part === 'io' ? { tasks: s.io.tasks, delayMs: s.io.delayMs, cpuMs: 0 } : { tasks: s.cpu.tasks, delayMs: 0, cpuMs: s.cpu.cpuMs };
      ideal = pythonIdeal({
        part,
        strategy: outcome.strategy,
        ...size,
        concurrency: ctx.options.concurrency,
        workers: ctx.options.workers,
        threads: outcome.threads ?? Math.min(32, info.cpuCount + 4),
        cores: ctx.cores,
        gil: info.gil,
      });
    }
    const busy = outcome.busyCores && outcome.busyCores.length > 0 ? { busyCores: quantileSorted(sorted(outcome.busyCores), 0.5) } : {};
    const samples = outcome.samples.map((v) => Number(v.toFixed(3)));
    const result = sampledResult(named, { samples, eventLoopDelay: null, taskErrors: outcome.taskErrors, ...busy }, ideal);
    return {
      ...result,
      runtime: 'python',
      ...(outcome.firstTaskError ? { firstTaskError: outcome.firstTaskError } : {}),
      ...(outcome.poolStartupMs !== undefined ? { poolStartupMs: Number(outcome.poolStartupMs.toFixed(3)) } : {}),
    };
  });
}
