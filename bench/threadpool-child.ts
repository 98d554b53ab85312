#!/usr/bin/env node
/**
 * The threadpool suite's child process: bench/threadpool.ts starts one per UV_THREADPOOL_SIZE, since
 * libuv reads the variable once, when its pool first starts. It times the same native work, N calls
 * of crypto.pbkdf2, three ways, in rounds (each round runs all three, in a rotated order, so a drift
 * of the machine's speed reaches all three alike):
 *
 * - `sync`: N `pbkdf2Sync` calls one by one, on the main thread;
 * - `async-serial`: N `pbkdf2` calls, each awaited before the next (one in flight at a time);
 * - `async-all`: N `pbkdf2` calls under `Promise.all` (all in flight; libuv runs them on its pool).
 *
 * It keeps going until `--time-ms` is spent and `--min-samples` rounds are done. Before timing it
 * runs each way once (libuv starts its threads on the first call) and times 3 single `pbkdf2Sync`
 * calls: their median is c, one call's time, which the model uses (src/model/threadpool.ts). While
 * the rounds run it records each way's event-loop delay, its CPU time over wall time in each batch
 * (how many threads computed at once), and how many cores other processes kept busy (a busy
 * neighbour takes away the parallelism this suite measures).
 *
 * Contract (validated by src/measure/threadpool-child.ts): JSON lines on stdout, one
 * `{"type":"sample","strategy","index","ms"}` per timed batch, then one `{"type":"report",...}`;
 * exit 0. Bad flags: one line on stderr, exit 2. With `--parent-watch` it exits when stdin closes
 * (the parent went away). It imports node: modules and the harness's capacity monitor
 * (src/measure/capacity.ts, node: modules and types only), nothing that starts anything.
 *
 * Usage: UV_THREADPOOL_SIZE=4 node dist/bench/threadpool-child.js --calls 8 --iterations 20000
 *          --time-ms 400 --min-samples 5 [--parent-watch]
 */
import { pbkdf2, pbkdf2Sync } from 'node:crypto';
import { createHistogram, performance, type RecordableHistogram } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs, promisify } from 'node:util';
import { createCapacityMonitor } from '../src/measure/capacity.js';
import { availableCores, onCpusOf, processCpus } from '../src/measure/cores.js';

const pbkdf2Async = promisify(pbkdf2);

/** One call's native work: the same for every way of calling it. */
const PASSWORD = 'asyncbench';
const SALT = 'libuv-threadpool';
const KEY_BYTES = 64;
const DIGEST = 'sha512';

const STRATEGIES = ['sync', 'async-serial', 'async-all'] as const;
type Strategy = (typeof STRATEGIES)[number];

interface Options {
  calls: number;
  iterations: number;
  timeMs: number;
  minSamples: number;
  parentWatch: boolean;
}

function integer(name: string, raw: string | undefined, min: number, max: number): number {
  const value = raw !== undefined && /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) throw new RangeError(`--${name} must be an integer from ${min} to ${max} (got ${String(raw)})`);
  return value;
}

function parse(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      calls: { type: 'string' },
      iterations: { type: 'string' },
      'time-ms': { type: 'string' },
      'min-samples': { type: 'string' },
      'parent-watch': { type: 'boolean' },
    },
    strict: true,
  });
  return {
    calls: integer('calls', values.calls, 1, 1024),
    iterations: integer('iterations', values.iterations, 1, 10_000_000),
    timeMs: integer('time-ms', values['time-ms'], 0, 600_000),
    minSamples: integer('min-samples', values['min-samples'], 1, 10_000),
    parentWatch: values['parent-watch'] === true,
  };
}

function batchOf(strategy: Strategy, calls: number, iterations: number): () => Promise<void> | void {
  const once = () => pbkdf2Async(PASSWORD, SALT, iterations, KEY_BYTES, DIGEST);
  switch (strategy) {
    case 'sync':
      return () => {
        for (let i = 0; i < calls; i++) pbkdf2Sync(PASSWORD, SALT, iterations, KEY_BYTES, DIGEST);
      };
    case 'async-serial':
      return async () => {
        for (let i = 0; i < calls; i++) await once();
      };
    case 'async-all':
      return async () => {
        await Promise.all(Array.from({ length: calls }, once));
      };
  }
}

const NS_PER_MS = 1e6;


/**
 * The event-loop delay while one batch runs, added into `histogram` (ns): how late each tick of a
 * 1 ms interval fires. perf_hooks' monitorEventLoopDelay would do, but it cannot be switched off
 * and on between the interleaved batches (re-enabled, it counts the pause as one long delay), nor
 * added into another histogram; this is its method, at the same 1 ms resolution.
 */
function startDelayProbe(histogram: RecordableHistogram): { stop(): void } {
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    histogram.record(Math.max(1, Math.round((now - last - 1) * NS_PER_MS)));
    last = now;
  }, 1);
  return { stop: () => clearInterval(timer) };
}

function write(line: unknown, then?: () => void): void {
  process.stdout.write(`${JSON.stringify(line)}\n`, then);
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`asyncbench-threadpool-child: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  if (options.parentWatch) {
    const leave = () => process.exit(0);
    process.stdin.on('end', leave).on('close', leave).on('error', leave).resume();
  }
  const { calls, iterations } = options;
  const batches = Object.fromEntries(STRATEGIES.map((s) => [s, batchOf(s, calls, iterations)])) as Record<Strategy, () => Promise<void> | void>;

  // Warm-up, untimed: libuv starts its threads on the first call, and the JIT settles.
  for (const s of STRATEGIES) await batches[s]();
  const singles = [0, 1, 2].map(() => {
    const start = performance.now();
    pbkdf2Sync(PASSWORD, SALT, iterations, KEY_BYTES, DIGEST);
    return performance.now() - start;
  });
  const callMs = [...singles].sort((a, b) => a - b)[1] as number;

  const histograms = Object.fromEntries(STRATEGIES.map((s) => [s, createHistogram()])) as Record<Strategy, RecordableHistogram>;
  const samples: Record<Strategy, number[]> = { sync: [], 'async-serial': [], 'async-all': [] };
  // CPU time over wall time per batch: how many threads computed at once, whatever each core's speed.
  const busy: Record<Strategy, number[]> = { sync: [], 'async-serial': [], 'async-all': [] };
  const started = performance.now();
  const monitor = createCapacityMonitor({ cores: availableCores(), onCpus: onCpusOf(processCpus()) });
  const load = monitor.start();
  for (let round = 0; round < options.minSamples || performance.now() - started < options.timeMs; round++) {
    for (let k = 0; k < STRATEGIES.length; k++) {
      const strategy = STRATEGIES[(round + k) % STRATEGIES.length] as Strategy;
      const probe = startDelayProbe(histograms[strategy]);
      const cpu = process.cpuUsage();
      const start = performance.now();
      await batches[strategy]();
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      busy[strategy].push(ms > 0 ? (used.user + used.system) / 1000 / ms : 0);
      // Let the loop turn, so a tick the batch held back fires and is counted.
      await sleep(1);
      probe.stop();
      samples[strategy].push(ms);
      write({ type: 'sample', strategy, index: samples[strategy].length - 1, ms });
    }
  }

  const capacity = load.stop();
  monitor.close();
  const delay = (strategy: Strategy) => {
    const h = histograms[strategy];
    if (h.count === 0) return null;
    return { p50: h.percentile(50) / NS_PER_MS, p99: h.percentile(99) / NS_PER_MS, max: h.max / NS_PER_MS, mean: h.mean / NS_PER_MS };
  };
  const report = {
    type: 'report',
    poolSize: process.env.UV_THREADPOOL_SIZE ?? null,
    calls,
    iterations,
    callMs,
    otherCpu: capacity.otherCpu,
    capacity,
    strategies: Object.fromEntries(STRATEGIES.map((s) => [s, { samples: samples[s], eventLoopDelay: delay(s), busyCores: busy[s] }])),
  };
  // Exit once the report is flushed: stdout may be asynchronous (a pipe on macOS).
  write(report, () => process.exit(0));
}

await main();
