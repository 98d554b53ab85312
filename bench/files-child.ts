#!/usr/bin/env node
/**
 * The files suite's child process: bench/files.ts starts one per UV_THREADPOOL_SIZE (libuv reads the
 * variable once, when its pool first starts). It reads the slow files of a mount
 * (servers/slow_file_server.py: each open's first read waits d) and calls the I/O server, as the
 * plan says, and reports ONE JSON document (validated by src/measure/files-child.ts).
 *
 * Plan entries (`--plan`, JSON): `{ way, tasks }`, way one of
 * - `sequential`: readFileSync of N files one by one;
 * - `concurrent`: Promise.all of fs.promises.readFile over N files;
 * - `bounded`: the same, k at a time (p-limit);
 * - `worker-pool`: readFileSync in W worker threads (piscina), N tasks;
 * - `sockets`: Promise.all of N HTTP calls of d ms to the I/O server (undici).
 * They run in rounds, one batch of each per round in a rotated order, until `--time-ms` is spent and
 * `--min-samples` rounds are done. Before timing, the largest batch of each way that starts something
 * (libuv starts its threads on the first call, undici opens its sockets, the worker pool starts).
 *
 * With `--starvation N`, it then times two victims that share the pool, crypto.pbkdf2 and
 * dns.lookup('localhost') (getaddrinfo on the pool, answered from /etc/hosts): alone, and queued
 * right after N reads of freshly opened files (each read one pool job that waits d).
 *
 * Exit 0 with the document; bad flags: one line on stderr, exit 2. With `--parent-watch` it exits
 * when stdin closes. A read or call that fails counts as a task error; the batch still counts.
 *
 * Usage: UV_THREADPOOL_SIZE=4 node dist/bench/files-child.js --dir MOUNT --url http://127.0.0.1:P
 *   --delay-ms 20 --plan '[{"way":"concurrent","tasks":16}]' --concurrency 8 --workers 2
 *   --time-ms 0 --min-samples 3 [--starvation 16 --victim-samples 5] [--parent-watch]
 */
import { pbkdf2 } from 'node:crypto';
import { lookup } from 'node:dns';
import { readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { Agent, request } from 'undici';
import { FILES_CHILD_KIND } from '../src/measure/files-child.js';

const pbkdf2Async = promisify(pbkdf2);
const lookupAsync = promisify(lookup);

const WAYS = ['sequential', 'concurrent', 'bounded', 'worker-pool', 'sockets'] as const;
type Way = (typeof WAYS)[number];
interface Entry {
  way: Way;
  tasks: number;
}

interface Options {
  dir: string;
  url: string;
  delayMs: number;
  plan: Entry[];
  concurrency: number;
  workers: number;
  timeMs: number;
  minSamples: number;
  maxSamples: number;
  starvation: number;
  victimSamples: number;
  victimIterations: number;
  parentWatch: boolean;
}

function integer(name: string, raw: string | undefined, min: number, max: number): number {
  const value = raw !== undefined && /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= min && value <= max)) throw new RangeError(`--${name} must be an integer from ${min} to ${max} (got ${String(raw)})`);
  return value;
}

function parsePlan(raw: string | undefined): Entry[] {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    throw new RangeError('--plan must be a JSON array of {"way","tasks"}');
  }
  if (!Array.isArray(value) || value.length === 0) throw new RangeError('--plan must be a non-empty JSON array of {"way","tasks"}');
  return value.map((e: { way?: unknown; tasks?: unknown }) => {
    if (!WAYS.includes(e.way as Way)) throw new RangeError(`--plan: way must be one of ${WAYS.join(', ')} (got ${String(e.way)})`);
    if (!(Number.isInteger(e.tasks) && (e.tasks as number) >= 1 && (e.tasks as number) <= 4096)) throw new RangeError(`--plan: tasks must be an integer from 1 to 4096 (got ${String(e.tasks)})`);
    return { way: e.way as Way, tasks: e.tasks as number };
  });
}

function parse(argv: string[]): Options {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string' },
      url: { type: 'string' },
      'delay-ms': { type: 'string' },
      plan: { type: 'string' },
      concurrency: { type: 'string' },
      workers: { type: 'string' },
      'time-ms': { type: 'string' },
      'min-samples': { type: 'string' },
      'max-samples': { type: 'string' },
      starvation: { type: 'string' },
      'victim-samples': { type: 'string' },
      'victim-iterations': { type: 'string' },
      'parent-watch': { type: 'boolean' },
    },
    strict: true,
  });
  if (!v.dir) throw new RangeError('--dir is required (the slow-file mount)');
  if (!v.url) throw new RangeError('--url is required (the I/O server)');
  return {
    dir: v.dir,
    url: v.url,
    delayMs: integer('delay-ms', v['delay-ms'], 0, 60_000),
    plan: parsePlan(v.plan),
    concurrency: integer('concurrency', v.concurrency, 1, 4096),
    workers: integer('workers', v.workers, 1, 256),
    timeMs: integer('time-ms', v['time-ms'], 0, 600_000),
    minSamples: integer('min-samples', v['min-samples'], 1, 10_000),
    maxSamples: integer('max-samples', v['max-samples'] ?? '50', 1, 10_000),
    starvation: integer('starvation', v.starvation ?? '0', 0, 4096),
    victimSamples: integer('victim-samples', v['victim-samples'] ?? '5', 1, 1000),
    victimIterations: integer('victim-iterations', v['victim-iterations'] ?? '2000', 1, 10_000_000),
    parentWatch: v['parent-watch'] === true,
  };
}

const fileOf = (dir: string, i: number): string => path.join(dir, `file-${String(i).padStart(4, '0')}.bin`);

/** Task errors of a batch; the batch still counts. */
class Failures {
  count = 0;
  first: { name: string; message: string } | undefined;
  add(outcomes: PromiseSettledResult<unknown>[]): void {
    for (const o of outcomes) {
      if (o.status === 'fulfilled') continue;
      this.count++;
      const e = o.reason as Error;
      this.first ??= { name: e?.name ?? 'Error', message: String(e?.message ?? e) };
    }
  }
}

function batchOf(entry: Entry, o: Options, pool: Piscina, agent: Agent): () => Promise<PromiseSettledResult<unknown>[]> {
  const files = Array.from({ length: entry.tasks }, (_, i) => fileOf(o.dir, i));
  const call = async (): Promise<void> => {
    const res = await request(`${o.url}/delay?ms=${o.delayMs}`, { dispatcher: agent });
    await res.body.dump();
    if (res.statusCode >= 400) throw new Error(`status ${res.statusCode}`);
  };
  switch (entry.way) {
    case 'sequential':
      return async () => {
        const out: PromiseSettledResult<unknown>[] = [];
        for (const f of files) {
          try {
            out.push({ status: 'fulfilled', value: readFileSync(f).length });
          } catch (error) {
            out.push({ status: 'rejected', reason: error });
          }
        }
        return out;
      };
    case 'concurrent':
      return () => Promise.allSettled(files.map((f) => readFile(f)));
    case 'bounded': {
      const limit = pLimit(o.concurrency);
      return () => Promise.allSettled(files.map((f) => limit(() => readFile(f))));
    }
    case 'worker-pool':
      return () => Promise.allSettled(files.map((f) => pool.run(f)));
    case 'sockets':
      return () => Promise.allSettled(files.map(() => call()));
  }
}

/** The victims: one call each of work that shares libuv's pool with fs. */
function victimsOf(o: Options): Record<'pbkdf2' | 'dns-lookup', () => Promise<unknown>> {
  return {
    pbkdf2: () => pbkdf2Async('asyncbench', 'starvation', o.victimIterations, 64, 'sha512'),
    'dns-lookup': () => lookupAsync('localhost'),
  };
}

async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Each victim alone, then queued right after N reads of freshly opened slow files. */
async function starvation(o: Options) {
  const n = o.starvation;
  const victims = victimsOf(o);
  const out = [];
  for (const [name, victim] of Object.entries(victims)) {
    // Warm-up: the first dns.lookup reads /etc/hosts and nsswitch, the first pbkdf2 loads its code.
    await victim();
    await victim();
    const idle: number[] = [];
    for (let i = 0; i < o.victimSamples; i++) idle.push(await timeOnce(victim));
    const loaded: number[] = [];
    for (let i = 0; i < o.victimSamples; i++) {
      // Opens answer at once (the server waits on a handle's first read): outside the load.
      const handles = await Promise.all(Array.from({ length: n }, (_, j) => open(fileOf(o.dir, j))));
      // N reads queued at once (one pool job each, each waiting d), the victim right behind them.
      const load = Promise.allSettled(handles.map((h) => h.read(Buffer.alloc(4096), 0, 4096, 0)));
      loaded.push(await timeOnce(victim));
      await load;
      await Promise.all(handles.map((h) => h.close()));
    }
    out.push({ name, idle, loaded });
  }
  return { fileLoad: n, victimIterations: o.victimIterations, victims: out };
}

async function main(): Promise<void> {
  let o: Options;
  try {
    o = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`asyncbench-files-child: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  if (o.parentWatch) {
    const leave = () => process.exit(0);
    process.stdin.on('end', leave).on('close', leave).on('error', leave).resume();
  }
  const largest = Math.max(...o.plan.map((e) => e.tasks), o.starvation);
  const agent = new Agent({ connections: largest + 1, keepAliveTimeout: 60_000 });
  const needsPool = o.plan.some((e) => e.way === 'worker-pool');
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./files-worker.js', import.meta.url)),
    minThreads: needsPool ? o.workers : 0,
    maxThreads: o.workers,
    idleTimeout: 60_000,
  });
  const batches = o.plan.map((e) => batchOf(e, o, pool, agent));
  const failures = o.plan.map(() => new Failures());
  const samples: number[][] = o.plan.map(() => []);

  // Warm-up, untimed: the largest batch of each way that starts something (libuv's threads and
  // FUSE's, undici's sockets, the workers); sequential and bounded start nothing of their own.
  for (const way of ['concurrent', 'sockets', 'worker-pool'] as const) {
    const sizes = o.plan.filter((e) => e.way === way).map((e) => e.tasks);
    if (sizes.length > 0) await batchOf({ way, tasks: Math.max(...sizes) }, o, pool, agent)();
  }
  const started = performance.now();
  for (let round = 0; round < o.maxSamples && (round < o.minSamples || performance.now() - started < o.timeMs); round++) {
    for (let k = 0; k < batches.length; k++) {
      const i = (round + k) % batches.length;
      const start = performance.now();
      const outcomes = await (batches[i] as () => Promise<PromiseSettledResult<unknown>[]>)();
      (samples[i] as number[]).push(performance.now() - start);
      (failures[i] as Failures).add(outcomes);
    }
  }
  const starved = o.starvation > 0 ? await starvation(o) : undefined;
  await pool.destroy();
  await agent.close();
  const doc = {
    kind: FILES_CHILD_KIND,
    version: 1,
    poolSize: process.env.UV_THREADPOOL_SIZE ?? null,
    entries: o.plan.map((e, i) => {
      const f = failures[i] as Failures;
      return { ...e, samples: samples[i], taskErrors: f.count, ...(f.first ? { firstTaskError: f.first } : {}) };
    }),
    ...(starved ? { starvation: starved } : {}),
  };
  process.stdout.write(`${JSON.stringify(doc)}\n`, () => process.exit(0));
}

await main();
