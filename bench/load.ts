/**
 * load suite: the thesis on the server side. autocannon drives three targets at a sweep of
 * connections C: the I/O server's `/delay?ms=d`, the CPU server's `/work?ms=c` on its event loop,
 * and a second CPU server that computes in a pool of `cores` threads. Each point is a warm-up then
 * whole seconds of load (src/measure/autocannon.ts), compared with Little's law
 * (src/model/littles-law.ts). With `--rate R`, each target also gets one open-model point at the
 * largest C. The suite describes the points; `ctx.measureLoad` measures and records them. A point
 * that fails (autocannon error, dead server) is recorded as errored and the sweep goes on.
 */
import { startServersProcess } from '../servers/spawn.js';
import { serializeError } from '../src/errors.js';
import { erroredResult } from '../src/measure/measure-result.js';
import type { PresetName } from '../src/measure/options.js';
import type { LoadSpec, SuiteContext, SuiteDefinition } from '../src/measure/suite.js';
import { loadClaims } from '../src/model/load-claims.js';
import { cpuThroughput, type IdealThroughput, ioThroughput, openThroughput } from '../src/model/littles-law.js';

interface LoadSizes {
  /** The sweep of connections, the same for every target. */
  connections: number[];
  /** d of `/delay?ms=d` (ms). */
  delayMs: number;
  /** c of `/work?ms=c` (ms) for the CPU server on its event loop. */
  cpuMs: number;
  /** c of `/work?ms=c` (ms) for the pooled CPU server: longer, see LOAD_SIZES. */
  poolCpuMs: number;
  /** Seconds of load before each measured window (dropped). */
  warmupS: number;
  /** Whole seconds measured per point: one sample each. */
  durationS: number;
}

/**
 * Sizes per preset. d = 100 ms keeps the I/O ideal at 1000 connections (10k req/s) within what one
 * client and one server process can push on two cores. c = 2 ms keeps a full round of 1000 queued
 * requests on the event loop (C·c = 2 s) inside warm-up plus window, so latency is seen in its
 * steady state, while still being long next to the ~0.1 ms an HTTP request costs the server.
 *
 * The pooled server gets c = 10 ms. At 2 ms the claim measured overhead, not cores: on the 2-core
 * machine the pool served 553-762 req/s (1.15-1.45x the event loop's ~483) while its process used
 * 1.65-1.69 cores and the load generator 0.13-0.21, so every request cost the pool about 0.5-0.8 ms of
 * CPU beyond its 2 ms of work (the hop to a worker and back, and two workers, the accept loop and the
 * client contending for two cores). At 10 ms that share is small: 144-162 req/s of a 200 req/s ideal,
 * 1.4-1.6 cores of work per second against the event loop's 0.97 (bench/evidence/load-pool-cpu-2026-12-02.md).
 */
const LOAD_SIZES: Record<PresetName, LoadSizes> = {
  quick: { connections: [1, 10, 100], delayMs: 100, cpuMs: 2, poolCpuMs: 10, warmupS: 0.5, durationS: 1 },
  standard: { connections: [1, 10, 100, 1000], delayMs: 100, cpuMs: 2, poolCpuMs: 10, warmupS: 1, durationS: 2 },
  thorough: { connections: [1, 10, 100, 1000], delayMs: 100, cpuMs: 2, poolCpuMs: 10, warmupS: 2, durationS: 5 },
};

/** Longest wait for a CPU server to work off the requests left queued by a point (ms). */
const DRAIN_TIMEOUT_MS = 15_000;

function sizes(ctx: Pick<SuiteContext, 'preset' | 'options'>): LoadSizes {
  const s = LOAD_SIZES[ctx.preset];
  // A zero delay has no finite Little's-law ideal: keep the preset's d then.
  const delayMs = ctx.options.delayMs !== null && ctx.options.delayMs > 0 ? ctx.options.delayMs : s.delayMs;
  // --cpu-ms sets c for both CPU targets.
  return { ...s, delayMs, cpuMs: ctx.options.cpuMs ?? s.cpuMs, poolCpuMs: ctx.options.cpuMs ?? s.poolCpuMs };
}

interface Target {
  strategy: 'io' | 'cpu' | 'cpu-pool';
  workload: 'io' | 'cpu';
  /** Threads computing on the server (1: the event loop); absent for I/O. */
  threads?: number;
  /** c of its `/work?ms=c` (ms); absent for I/O. */
  cpuMs?: number;
  ideal(connections: number): IdealThroughput;
}

function targets(s: LoadSizes, cores: number): Target[] {
  return [
    { strategy: 'io', workload: 'io', ideal: (c) => ioThroughput(c, s.delayMs) },
    { strategy: 'cpu', workload: 'cpu', threads: 1, cpuMs: s.cpuMs, ideal: (c) => cpuThroughput(c, s.cpuMs, 1, cores) },
    { strategy: 'cpu-pool', workload: 'cpu', threads: cores, cpuMs: s.poolCpuMs, ideal: (c) => cpuThroughput(c, s.poolCpuMs, cores, cores) },
  ];
}

/**
 * Waits until a CPU server has worked off what a point left queued: the requests of closed
 * connections are still computed (the server read them before the client went away). A `/work?ms=0`
 * answers once everything queued before it is done, on the event loop and in the pool's FIFO queue alike.
 */
async function drain(baseUrl: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(`${baseUrl}/work?ms=0`, { signal: AbortSignal.any([signal, AbortSignal.timeout(DRAIN_TIMEOUT_MS)]) });
    await res.arrayBuffer();
  } catch {
    // A dead or stuck server shows up as errors in the next point.
  }
}

/** One point of the sweep: C connections, and an arrival rate in the open model. */
interface Point {
  connections: number;
  rate: number | null;
}

function pointsOf(s: LoadSizes, rate: number | null): Point[] {
  const points: Point[] = s.connections.map((c) => ({ connections: c, rate: null }));
  if (rate !== null) points.push({ connections: Math.max(...s.connections), rate });
  return points;
}

/** What names a point in results.json. */
function namesOf(target: Target, s: LoadSizes, p: Point): Pick<LoadSpec, 'workload' | 'strategy' | 'point' | 'params'> {
  return {
    workload: target.workload,
    strategy: target.strategy,
    point: p.rate === null ? { connections: p.connections } : { connections: p.connections, rate: p.rate },
    params: {
      connections: p.connections,
      model: p.rate === null ? 'closed' : 'open',
      ...(p.rate !== null ? { rate: p.rate } : {}),
      ...(target.workload === 'io' ? { delayMs: s.delayMs } : { cpuMs: target.cpuMs ?? s.cpuMs, threads: target.threads ?? 1 }),
      warmupS: s.warmupS,
      durationS: s.durationS,
    },
  };
}

function loadSpec(target: Target, s: LoadSizes, p: Point, baseUrl: string): LoadSpec {
  const closed = target.ideal(p.connections);
  return {
    ...namesOf(target, s, p),
    url: `${baseUrl}${target.workload === 'io' ? `/delay?ms=${s.delayMs}` : `/work?ms=${target.cpuMs ?? s.cpuMs}`}`,
    connections: p.connections,
    rate: p.rate,
    warmupS: s.warmupS,
    durationS: s.durationS,
    ideal: p.rate === null ? closed : openThroughput(p.rate, closed),
  };
}

/**
 * The base URL of a target's server: the shared ones, or for `cpu-pool` a CPU server of its own
 * with `cores` threads, started here and closed by `close()`.
 */
async function serverFor(target: Target, ctx: SuiteContext): Promise<{ url: string; close(): Promise<void> }> {
  if (target.strategy === 'io') return { url: ctx.servers.ioUrl, close: async () => {} };
  if (target.strategy === 'cpu') return { url: ctx.servers.cpuUrl, close: async () => {} };
  const pool = await startServersProcess({ only: 'cpu', threads: ctx.cores });
  // Its CPU is the workload, not another process's: the free-capacity figures must not count it.
  const release = ctx.adoptProcess?.(pool.pid) ?? (() => {});
  if (!pool.cpu) {
    release();
    await pool.close();
    throw new Error('the pooled CPU server did not report its URL');
  }
  return {
    url: pool.cpu.url,
    close: async () => {
      release();
      await pool.close();
    },
  };
}

export const loadSuite: SuiteDefinition = {
  name: 'load',
  title: "Server load (autocannon): throughput and latency against connections, with Little's law",
  params(ctx) {
    const s = sizes(ctx);
    return {
      ...s,
      cores: ctx.cores,
      poolThreads: ctx.cores,
      rate: ctx.options.rate,
      models: ctx.options.rate === null ? ['closed'] : ['closed', 'open'],
      targets: ['io', 'cpu', 'cpu-pool'],
    };
  },
  async run(ctx) {
    const s = sizes(ctx);
    const points = pointsOf(s, ctx.options.rate);
    for (const target of targets(s, ctx.cores)) {
      if (ctx.signal.aborted) return;
      let server: { url: string; close(): Promise<void> };
      try {
        server = await serverFor(target, ctx);
      } catch (error) {
        // Never measured: recorded as errored without progress lines.
        for (const p of points) ctx.record(erroredResult(namesOf(target, s, p), serializeError(error)));
        continue;
      }
      try {
        for (const p of points) {
          if (ctx.signal.aborted) return;
          await ctx.measureLoad(loadSpec(target, s, p, server.url));
          if (target.workload === 'cpu') await drain(server.url, ctx.signal);
        }
      } finally {
        await server.close();
      }
    }
  },
  claims(suite, context) {
    return loadClaims(suite, context.cpu.cores);
  },
};
