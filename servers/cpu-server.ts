/**
 * The CPU server: stands in for CPU-bound work. Each request keeps a core busy for the requested
 * time, on the event loop (the default: one request at a time, about 1000/ms requests per second
 * however many clients wait) or in a piscina pool of `threads` worker threads.
 *
 *   GET /work?ms=N
 *   GET /health
 *
 * Reference: docs/servers.md.
 */
import { Piscina } from 'piscina';
import { burnFor, calibrate } from './cpu-burn.js';
import type { BurnResult, BurnTask } from './cpu-worker.js';
import { closeServer, createServer, HttpError, listen, SERVER_DEFAULTS, sendJson, type RunningServer } from './http-common.js';

/** Range of /work's `ms`. */
const WORK_LIMITS = { ms: { min: 0, max: 10_000 } } as const;

/** Upper bound of `threads`: far above any useful value, low enough to catch a typo. */
export const MAX_THREADS = 256;

export interface CpuServerOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** Worker threads in the pool; undefined or 0 runs the work on the event loop. @default undefined */
  threads?: number;
  /** Loop speed; calibrated at start-up (about 0.15 s) when not given. */
  itersPerMs?: number;
}

export interface RunningCpuServer extends RunningServer {
  /** The calibrated (or given) loop speed, in iterations per ms. */
  itersPerMs: number;
  /** Pool size, 0 when the work runs on the event loop. */
  threads: number;
}

/** What /work answers with. */
interface WorkBody {
  ms: number;
  iterations: number;
  /** Time the loop ran, on whichever thread ran it. */
  actualMs: number;
  /** Time from the request's arrival to the answer (includes waiting for a free thread). */
  elapsedMs: number;
  /** 'event-loop' or 'pool'. */
  runner: 'event-loop' | 'pool';
  /** Epoch ms (fractional) when the loop started and ended: shows which requests' work overlapped. */
  startedAt: number;
  endedAt: number;
  checksum: number;
}

/** Starts the CPU server; resolves once it is calibrated, its pool is warm and it listens. */
export async function startCpuServer(options: CpuServerOptions = {}): Promise<RunningCpuServer> {
  const host = options.host ?? SERVER_DEFAULTS.host;
  const port = options.port ?? 0;
  const threads = options.threads ?? 0;
  if (!Number.isInteger(threads) || threads < 0 || threads > MAX_THREADS) {
    throw new RangeError(`options.threads must be an integer from 0 to ${MAX_THREADS} (got ${String(options.threads)})`);
  }
  if (options.itersPerMs !== undefined && !(options.itersPerMs > 0 && Number.isFinite(options.itersPerMs))) {
    throw new RangeError(`options.itersPerMs must be a positive number (got ${String(options.itersPerMs)})`);
  }
  const itersPerMs = options.itersPerMs ?? calibrate();
  const pool = threads > 0 ? await startPool(threads) : undefined;
  let closing = false;

  const server = createServer(
    [
      {
        path: '/work',
        params: ['ms'],
        handle: (_req, res, query) => {
          const ms = query.integer('ms', WORK_LIMITS.ms.min, WORK_LIMITS.ms.max);
          const start = performance.now();
          if (pool === undefined) {
            const burnt = burnFor(ms, itersPerMs);
            const endedAt = performance.timeOrigin + performance.now();
            const span = { startedAt: endedAt - burnt.actualMs, endedAt };
            sendJson(res, 200, workBody(ms, burnt.iterations, { ...burnt, ...span }, start, 'event-loop'));
            return;
          }
          const iterations = Math.max(0, Math.round(ms * itersPerMs));
          pool.run({ iterations } satisfies BurnTask).then(
            (burnt: BurnResult) => sendJson(res, 200, workBody(ms, iterations, burnt, start, 'pool')),
            (error: unknown) => {
              const failure = closing
                ? new HttpError(503, 'server is closing', { connection: 'close' })
                : new HttpError(500, `worker failed: ${error instanceof Error ? error.message : String(error)}`);
              sendJson(res, failure.status, { error: failure.message }, failure.headers);
            },
          );
        },
      },
      {
        path: '/health',
        params: [],
        handle: (_req, res) => sendJson(res, 200, { ok: true, server: 'cpu', threads, itersPerMs: Math.round(itersPerMs) }),
      },
    ],
    () => closing,
  );

  let bound: { url: string; port: number };
  try {
    bound = await listen(server, host, port);
  } catch (error) {
    await pool?.destroy();
    throw error;
  }

  let closed: Promise<void> | undefined;
  return {
    ...bound,
    itersPerMs,
    threads,
    close() {
      closed ??= (async () => {
        closing = true;
        // Queued and running tasks reject, and their requests get a 503 (see the handler above).
        await pool?.destroy();
        await closeServer(server);
      })();
      return closed;
    },
  };
}

async function startPool(threads: number): Promise<Piscina<BurnTask, BurnResult>> {
  const pool = new Piscina<BurnTask, BurnResult>({
    filename: new URL('./cpu-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
  });
  // One small task per thread: every worker is started and JIT-warm before the first request.
  await Promise.all(Array.from({ length: threads }, () => pool.run({ iterations: 1000 })));
  return pool;
}

function workBody(
  ms: number,
  iterations: number,
  burnt: { actualMs: number; checksum: number; startedAt: number; endedAt: number },
  start: number,
  runner: WorkBody['runner'],
): WorkBody {
  return {
    ms,
    iterations,
    actualMs: round2(burnt.actualMs),
    elapsedMs: round2(performance.now() - start),
    runner,
    startedAt: burnt.startedAt,
    endedAt: burnt.endedAt,
    checksum: burnt.checksum,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
