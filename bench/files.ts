/**
 * files suite: "File I/O operations", which the article counts among async's home ground, on files
 * that wait like a network share or a cold disk (servers/slow_file_server.py, a FUSE mount: each
 * open's first read waits d ms). Node's asynchronous fs calls are blocking calls on libuv's thread
 * pool, so concurrent file waits finish in about ⌈N / UV_THREADPOOL_SIZE⌉·d where the same number of
 * socket waits finishes in about d (src/model/files.ts).
 *
 * One child process per UV_THREADPOOL_SIZE (bench/files-child.ts: libuv reads the variable once)
 * reads the mount's files four ways (sequential, concurrent, bounded, worker-pool) and makes the
 * same N calls to the I/O server (sockets) beside each concurrent point; concurrent and sockets are
 * swept over N. At libuv's default size (4) it also times two victims that share the pool
 * (crypto.pbkdf2, dns.lookup) alone and behind N slow reads: starvation.
 *
 * Without FUSE (no /dev/fuse, no fusepy: macOS, a container) the suite is skipped with one line
 * naming `npm run setup -- --fuse`; its claims are then not decided. The mount is always unmounted
 * (servers/slow-files.ts), and a stale one left by a run that died is cleaned at the start.
 */
import { fileURLToPath } from 'node:url';
import { cleanStaleSlowFileMounts, probeSlowFiles, startSlowFiles, type SlowFiles } from '../servers/slow-files.js';
import { AsyncbenchError, serializeError } from '../src/errors.js';
import { runFilesChild, type FilesChildDoc, type FilesChildWay } from '../src/measure/files-child.js';
import { erroredResult } from '../src/measure/measure-result.js';
import type { PresetName } from '../src/measure/options.js';
import { sampledResult } from '../src/measure/sampled-result.js';
import { labelOf, type Budget, type SuiteContext, type SuiteDefinition } from '../src/measure/suite.js';
import { filesIdeal, socketsIdeal, starvationIdeal, type FileStrategy } from '../src/model/files.js';
import { filesClaims } from '../src/model/files-claims.js';
import type { Result } from '../src/results/schema.js';
import { quantileSorted, sorted } from '../src/stats/summary.js';

/** libuv's own default UV_THREADPOOL_SIZE: where the table's other ways and starvation run. */
export const LIBUV_DEFAULT_POOL = 4;

export interface FilesSizes {
  /** UV_THREADPOOL_SIZE values, one child process each. */
  poolSizes: number[];
  /** N of the table: every way runs at it. */
  tasks: number;
  /** N swept for concurrent reads and sockets (the table's N is added). */
  sweep: number[];
  /** d: one read's (and one call's) wait, ms. */
  delayMs: number;
  /** Each file's size. */
  bytes: number;
  /** A concurrent point whose model batch is longer than this is not run (one note says so). */
  maxBatchMs: number;
  /** Rounds (one batch of each entry) per pool size. */
  budget: Budget;
  /** Samples of each victim, alone and loaded. */
  victimSamples: number;
}

/**
 * Per preset. Every preset sweeps sizes 1, 4 (libuv's default) and 16, and N past 16 so the largest
 * size's cap shows. Quick trims d to 20 ms (at 20 ms a concurrent batch through FUSE costs 1-5 ms
 * over the model: 21.7 ms for 4 reads, 84.7 for 16 at size 4, measured here) and runs 3 rounds;
 * its size-1 point at N = 32 (640 ms) is over maxBatchMs and left out. Standard runs d = 50, thorough
 * the d = 100 (16 reads: 1.62 s one by one, 406 ms at size 4, 105 ms at 16, measured here).
 */
export const FILES_SIZES: Record<PresetName, FilesSizes> = {
  quick: { poolSizes: [1, 4, 16], tasks: 16, sweep: [4, 32], delayMs: 20, bytes: 4096, maxBatchMs: 400, budget: { timeMs: 0, minSamples: 3 }, victimSamples: 3 },
  standard: { poolSizes: [1, 4, 16], tasks: 16, sweep: [4, 64], delayMs: 50, bytes: 4096, maxBatchMs: 1000, budget: { timeMs: 0, minSamples: 4 }, victimSamples: 5 },
  thorough: { poolSizes: [1, 4, 16], tasks: 16, sweep: [4, 64], delayMs: 100, bytes: 4096, maxBatchMs: 2000, budget: { timeMs: 0, minSamples: 5 }, victimSamples: 7 },
};

/** The interpreters tried for the server (it needs fusepy; a pyenv python3 first on PATH often lacks it). */
const SERVER_CANDIDATES = ['python3', '/usr/bin/python3'];
const CHILD_SCRIPT = fileURLToPath(new URL('./files-child.js', import.meta.url));
const CHILD_TIMEOUT_MS = 120_000;

export const FUSE_SETUP_HINT = 'install it with `npm run setup -- --fuse` (Debian: fuse3 and python3-fusepy; it needs /dev/fuse)';

export interface FilesSuiteOptions {
  /** Interpreters tried for the slow-file server. @default python3, /usr/bin/python3 */
  candidates?: readonly string[];
  /** The slow-file server script (tests: a missing one, or a fake). */
  serverScript?: string;
  /** The child script. @default bench/files-child.js */
  childScript?: string;
  /** Replaces the preset's sizes (tests). */
  sizes?: FilesSizes;
}

type Plan = Array<{ way: FilesChildWay; tasks: number }>;

/** What one child runs at `poolSize`: concurrent and sockets over N; the table's other ways where they tell something. */
export function planFor(s: FilesSizes, poolSize: number, o: { concurrency: number; workers: number }): { plan: Plan; left: string[] } {
  const plan: Plan = [];
  const left: string[] = [];
  const ns = [...new Set([...s.sweep, s.tasks])].sort((a, b) => a - b);
  for (const n of ns) {
    const model = filesIdeal({ strategy: 'concurrent', tasks: n, delayMs: s.delayMs, poolSize, concurrency: o.concurrency, workers: o.workers }).ms;
    if (model <= s.maxBatchMs || n === s.tasks) plan.push({ way: 'concurrent', tasks: n });
    else left.push(`concurrent N=${n} at UV_THREADPOOL_SIZE=${poolSize} (model ${model} ms, over the preset's ${s.maxBatchMs} ms a batch)`);
    plan.push({ way: 'sockets', tasks: n });
  }
  // Sequential and the worker pool do not use libuv's pool: once, at its default size. Bounded at
  // size 1 is concurrent (min(1, k) = 1).
  if (poolSize === LIBUV_DEFAULT_POOL) plan.push({ way: 'sequential', tasks: s.tasks }, { way: 'worker-pool', tasks: s.tasks });
  if (poolSize > 1) plan.push({ way: 'bounded', tasks: s.tasks });
  return { plan, left };
}

export function createFilesSuite(options: FilesSuiteOptions = {}): SuiteDefinition {
  const sizesOf = (ctx: Pick<SuiteContext, 'preset' | 'options'>): FilesSizes => {
    const s = options.sizes ?? FILES_SIZES[ctx.preset];
    const o = ctx.options;
    return { ...s, tasks: o.tasks ?? s.tasks, delayMs: o.delayMs ?? s.delayMs, poolSizes: o.poolSizes ?? s.poolSizes };
  };
  let skipped: { skipped: string; tried?: string[] } | undefined;
  return {
    name: 'files',
    title: "File reads on slow files (FUSE): libuv's thread pool does the waiting, against UV_THREADPOOL_SIZE, beside sockets",
    params(ctx) {
      return { ...sizesOf(ctx), concurrency: ctx.options.concurrency, workers: ctx.options.workers, defaultPoolSize: LIBUV_DEFAULT_POOL, ...(skipped ?? {}) };
    },
    async run(ctx) {
      skipped = undefined;
      if (ctx.servers.target) {
        skipped = { skipped: 'the files suite calls the built-in I/O server beside the files; it does not run with --target' };
        ctx.emit({ type: 'warning', message: `files suite skipped: ${skipped.skipped}` });
        return;
      }
      for (const folder of await cleanStaleSlowFileMounts()) ctx.emit({ type: 'note', message: `files: unmounted a stale slow-file mount left by an earlier run: ${folder}` });
      const probe = await probeSlowFiles(options.candidates ?? SERVER_CANDIDATES, options.serverScript);
      if (ctx.signal.aborted) return;
      if (!probe.ok) {
        skipped = { skipped: `FUSE is not available here; ${FUSE_SETUP_HINT}`, tried: probe.tried };
        ctx.emit({ type: 'warning', message: `files suite skipped: ${skipped.skipped} (tried ${probe.tried.join('; ')})` });
        return;
      }
      const s = sizesOf(ctx);
      const files = Math.max(s.tasks, ...s.sweep);
      let mount: SlowFiles;
      try {
        mount = await startSlowFiles({ python: probe.python, files, bytes: s.bytes, delayMs: s.delayMs, ...(options.serverScript ? { script: options.serverScript } : {}) });
      } catch (error) {
        throw new AsyncbenchError('ASYNCBENCH_ERR_SUITE', error instanceof Error ? error.message : String(error), { cause: error });
      }
      const release = ctx.adoptProcess?.(mount.pid);
      try {
        ctx.emit({ type: 'note', message: `files: ${files} slow files of ${s.bytes} B mounted at ${mount.mountpoint} (each read waits ${s.delayMs} ms; python ${probe.version}, ${probe.binding})` });
        for (const poolSize of s.poolSizes) {
          if (ctx.signal.aborted) return;
          await runPoint(ctx, options.childScript ?? CHILD_SCRIPT, s, poolSize, mount.mountpoint);
        }
      } finally {
        release?.();
        await mount.close();
      }
    },
    claims(suite) {
      return filesClaims(suite);
    },
  };
}

export const filesSuite: SuiteDefinition = createFilesSuite();

async function runPoint(ctx: SuiteContext, script: string, s: FilesSizes, poolSize: number, dir: string): Promise<void> {
  const o = { concurrency: ctx.options.concurrency, workers: ctx.options.workers };
  const { plan, left } = planFor(s, poolSize, o);
  for (const line of left) ctx.emit({ type: 'note', message: `files: left out ${line}` });
  const starvation = poolSize === LIBUV_DEFAULT_POOL ? s.tasks : 0;
  ctx.emit({ type: 'measure-start', suite: 'files', label: `UV_THREADPOOL_SIZE=${poolSize} (child process)` });
  const outcome = await runFilesChild({
    script,
    poolSize,
    dir,
    url: ctx.servers.ioUrl,
    delayMs: s.delayMs,
    plan,
    ...o,
    timeMs: s.budget.timeMs,
    minSamples: s.budget.minSamples,
    starvation,
    victimSamples: s.victimSamples,
    timeoutMs: CHILD_TIMEOUT_MS,
    signal: ctx.signal,
  });
  // A point cut off by Ctrl-C is not a measurement: nothing is recorded.
  if (outcome.state === 'aborted') return;
  const params = (tasks: number) => ({ tasks, delayMs: s.delayMs, bytes: s.bytes, poolSize, concurrency: o.concurrency, workers: o.workers });
  const results: Result[] = [];
  if (outcome.state === 'errored') {
    const error = serializeError(new AsyncbenchError('ASYNCBENCH_ERR_WORKER', `files child (UV_THREADPOOL_SIZE=${poolSize}) ${outcome.reason}`));
    for (const e of plan) results.push(erroredResult({ ...namesOf(e.way), point: { poolSize, tasks: e.tasks }, params: params(e.tasks) }, error));
  } else {
    results.push(...entryResults(outcome.value, poolSize, s, o, params), ...starvationResults(outcome.value, poolSize, s));
  }
  for (const result of results) {
    ctx.record(result);
    ctx.emit({ type: 'measure-end', suite: 'files', label: labelOf(`${result.workload === 'io' ? 'sockets' : result.strategy}`, result.point), result });
  }
}

const namesOf = (way: FilesChildWay) => (way === 'sockets' ? { workload: 'io' as const, strategy: 'concurrent' } : { workload: 'file' as const, strategy: way });

function entryResults(
  doc: FilesChildDoc,
  poolSize: number,
  s: FilesSizes,
  o: { concurrency: number; workers: number },
  params: (tasks: number) => Record<string, number>,
): Result[] {
  return doc.entries.map((e) => {
    const ideal = e.way === 'sockets' ? socketsIdeal(s.delayMs) : filesIdeal({ strategy: e.way as FileStrategy, tasks: e.tasks, delayMs: s.delayMs, poolSize, ...o });
    const result = sampledResult(
      { ...namesOf(e.way), point: { poolSize, tasks: e.tasks }, params: params(e.tasks) },
      { samples: e.samples.map((v) => Number(v.toFixed(3))), eventLoopDelay: null, taskErrors: e.taskErrors },
      ideal,
    );
    return e.firstTaskError ? { ...result, firstTaskError: e.firstTaskError } : result;
  });
}

const VICTIMS: Record<string, { workload: 'cpu' | 'io'; victim: (iterations: number) => string }> = {
  pbkdf2: { workload: 'cpu', victim: (i) => `crypto.pbkdf2 sha512, ${i} iterations, 64-byte key` },
  'dns-lookup': { workload: 'io', victim: () => "dns.lookup('localhost') (getaddrinfo, answered from /etc/hosts)" },
};

function starvationResults(doc: FilesChildDoc, poolSize: number, s: FilesSizes): Result[] {
  const st = doc.starvation;
  if (!st) return [];
  return st.victims.flatMap((v) => {
    const kind = VICTIMS[v.name] as (typeof VICTIMS)[string];
    const idleMedian = quantileSorted(sorted(v.idle), 0.5);
    const named = (fileLoad: number) => ({
      workload: kind.workload,
      strategy: v.name,
      point: { poolSize, fileLoad },
      params: { poolSize, fileLoad, delayMs: s.delayMs, victim: kind.victim(st.victimIterations) },
    });
    const round = (xs: number[]) => xs.map((x) => Number(x.toFixed(3)));
    return [
      sampledResult(named(0), { samples: round(v.idle), eventLoopDelay: null }, { ms: idleMedian, formula: 'alone (its own median)' }),
      sampledResult(named(st.fileLoad), { samples: round(v.loaded), eventLoopDelay: null }, starvationIdeal(idleMedian, st.fileLoad, poolSize, s.delayMs)),
    ];
  });
}
