/**
 * The I/O delay server: stands in for a database or an HTTP API. The caller waits; this server's
 * CPU does not (a timer per request, nothing else).
 *
 *   GET /delay?ms=N[&jitter=J][&seed=S][&index=I][&bytes=B][&status=C]
 *   GET /health
 *
 * Reference: docs/servers.md.
 */
import type http from 'node:http';
import { closeServer, createServer, listen, SERVER_DEFAULTS, sendJson, type Query, type RunningServer } from './http-common.js';

/** Ranges of the /delay parameters. */
export const DELAY_LIMITS = {
  ms: { min: 0, max: 60_000 },
  jitter: { min: 0, max: 60_000 },
  seed: { min: 0, max: 0xffff_ffff },
  index: { min: 0, max: Number.MAX_SAFE_INTEGER },
  /** 10 MiB. */
  bytes: { min: 0, max: 10 * 1024 * 1024 },
  status: { min: 200, max: 599 },
} as const;

const JSON_TYPE = 'application/json; charset=utf-8';

/** Distinct seeds whose request counters are kept; past this the counters restart (bounded memory). */
const MAX_TRACKED_SEEDS = 10_000;

export interface IoServerOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
}

/** One answer still waiting for its timer. */
interface Pending {
  timer: NodeJS.Timeout;
  res: http.ServerResponse;
}

/** Starts the I/O delay server; resolves once it listens. */
export async function startIoServer(options: IoServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? SERVER_DEFAULTS.host;
  const port = options.port ?? 0;
  const pending = new Set<Pending>();
  const seedCounters = new Map<number, number>();
  let closing = false;

  const delay = (req: http.IncomingMessage, res: http.ServerResponse, query: Query): void => {
    const ms = query.integer('ms', DELAY_LIMITS.ms.min, DELAY_LIMITS.ms.max);
    const jitter = query.optionalInteger('jitter', DELAY_LIMITS.jitter.min, DELAY_LIMITS.jitter.max) ?? 0;
    const seed = query.optionalInteger('seed', DELAY_LIMITS.seed.min, DELAY_LIMITS.seed.max);
    const explicitIndex = query.optionalInteger('index', DELAY_LIMITS.index.min, DELAY_LIMITS.index.max);
    const bytes = query.optionalInteger('bytes', DELAY_LIMITS.bytes.min, DELAY_LIMITS.bytes.max);
    const status = query.optionalInteger('status', DELAY_LIMITS.status.min, DELAY_LIMITS.status.max) ?? 200;

    let index: number | undefined;
    if (seed !== undefined) {
      index = explicitIndex ?? nextIndex(seedCounters, seed);
    }
    const target = jitter === 0 ? ms : jittered(ms, jitter, seed === undefined ? Math.random() : unitFromSeed(seed, index ?? 0));
    const start = performance.now();
    const answer = (): void => {
      const body: DelayBody = { ms, delayMs: target, actualMs: round2(performance.now() - start), status };
      if (jitter > 0) body.jitter = jitter;
      if (seed !== undefined) {
        body.seed = seed;
        body.index = index ?? 0;
      }
      sendDelayBody(req, res, status, body, bytes);
    };
    if (target === 0) {
      answer();
      return;
    }
    // Node's timers count from the loop's cached clock, which is stale by however long this tick
    // has run (a loaded server parses many requests per tick), so a timer can fire early: re-arm
    // for the rest when it is 1 ms or more early.
    const fire = (): void => {
      const left = target - (performance.now() - start);
      if (left >= 1) {
        entry.timer = setTimeout(fire, Math.ceil(left));
        return;
      }
      pending.delete(entry);
      answer();
    };
    const entry: Pending = { res, timer: setTimeout(fire, target) };
    // No 'close' listener per request (it costs at 20k req/s): a client that hangs up early leaves
    // its timer to fire, and the answer to a destroyed response is dropped.
    pending.add(entry);
  };

  const server = createServer(
    [
      { path: '/delay', params: ['ms', 'jitter', 'seed', 'index', 'bytes', 'status'], handle: delay },
      { path: '/health', params: [], handle: (_req, res) => sendJson(res, 200, { ok: true, server: 'io' }) },
    ],
    () => closing,
  );
  const bound = await listen(server, host, port);

  let closed: Promise<void> | undefined;
  return {
    ...bound,
    close() {
      closed ??= (async () => {
        closing = true;
        // In-flight delays end now with a 503, so no client waits out a long timer on a dead server.
        for (const entry of pending) {
          clearTimeout(entry.timer);
          sendJson(entry.res, 503, { error: 'server is closing' }, { connection: 'close' });
        }
        pending.clear();
        await closeServer(server);
      })();
      return closed;
    },
  };
}

/** What /delay answers with (the JSON part, before any padding). */
interface DelayBody {
  /** Requested ms. */
  ms: number;
  /** The delay aimed at: ms, or ms with its jitter applied. */
  delayMs: number;
  /** Time from the request's arrival to the answer, in ms. */
  actualMs: number;
  status: number;
  jitter?: number;
  seed?: number;
  index?: number;
}

/**
 * Sends the JSON echo, or with `bytes` a body of exactly that many bytes: the JSON padded with
 * trailing spaces (still valid JSON) when it fits, else that many 'x' as application/octet-stream.
 */
function sendDelayBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  body: DelayBody,
  bytes: number | undefined,
): void {
  if (res.headersSent || res.destroyed) return;
  const json = JSON.stringify(body);
  const bodyless = status === 204 || status === 304 || req.method === 'HEAD';
  if (bytes === undefined) {
    // The hot path at 20k req/s: two headers (Node validates each one it is given).
    res.writeHead(status, bodyless ? { 'content-type': JSON_TYPE } : { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(json) });
    res.end(bodyless ? undefined : json);
    return;
  }
  // With bytes the body may not be JSON: the echo is also in headers.
  const headers = { 'x-delay-ms': String(body.delayMs), 'x-actual-ms': String(body.actualMs) };
  const jsonLength = Buffer.byteLength(json);
  const fits = jsonLength <= bytes;
  res.writeHead(status, {
    ...headers,
    'content-type': fits ? JSON_TYPE : 'application/octet-stream',
    ...(status === 204 || status === 304 ? {} : { 'content-length': bytes }),
  });
  if (bodyless) {
    res.end();
  } else if (fits) {
    res.write(json);
    res.end(filler(0x20).subarray(0, bytes - jsonLength));
  } else {
    res.end(filler(0x78).subarray(0, bytes));
  }
}

/** One shared 10 MiB buffer per fill byte, made on first use and sliced (no copy) per answer. */
const fillers = new Map<number, Buffer>();
function filler(byte: number): Buffer {
  let buffer = fillers.get(byte);
  if (buffer === undefined) {
    buffer = Buffer.alloc(DELAY_LIMITS.bytes.max, byte);
    fillers.set(byte, buffer);
  }
  return buffer;
}

/** The index of this request among those carrying `seed`: 0, 1, 2, ... since start-up. */
function nextIndex(counters: Map<number, number>, seed: number): number {
  const index = counters.get(seed) ?? 0;
  if (!counters.has(seed) && counters.size >= MAX_TRACKED_SEEDS) counters.clear();
  counters.set(seed, index + 1);
  return index;
}

/** `ms` moved by up to ±`jitter`, uniformly (u in [0, 1) maps to [-jitter, +jitter]), never below 0. */
export function jittered(ms: number, jitter: number, u: number): number {
  return Math.max(0, Math.round(ms + (2 * u - 1) * jitter));
}

/**
 * A uniform number in [0, 1) that depends only on (seed, index): murmur3's 32-bit finaliser over
 * the seed mixed with both halves of the index. Stateless, so a request can be replayed alone.
 */
export function unitFromSeed(seed: number, index: number): number {
  const low = index >>> 0;
  const high = Math.floor(index / 0x1_0000_0000) >>> 0;
  return fmix32(seed ^ fmix32(low ^ fmix32(high ^ 0x9e3779b9))) / 0x1_0000_0000;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
