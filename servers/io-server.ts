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
const DELAY_LIMITS = {
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

/** Starts the I/O delay server; resolves once it listens. */
export async function startIoServer(options: IoServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? SERVER_DEFAULTS.host;
  const port = options.port ?? 0;
  const pending = new PendingList();
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
    // Every field set, always in this order: one shape for every entry.
    const entry: PendingDelay = {
      list: pending,
      req,
      res,
      ms,
      target,
      start: performance.now(),
      status,
      jitter,
      seed,
      index,
      bytes,
      timer: undefined,
      prev: undefined,
      next: undefined,
    };
    if (target === 0) {
      answerDelay(entry);
      return;
    }
    // No 'close' listener per request (it costs at 20k req/s): a client that hangs up early leaves
    // its timer to fire, and the answer to a destroyed response is dropped.
    entry.timer = setTimeout(fireDelay, target, entry);
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
        for (const entry of pending.takeAll()) {
          clearTimeout(entry.timer);
          sendJson(entry.res, 503, { error: 'server is closing' }, { connection: 'close' });
        }
        await closeServer(server);
      })();
      return closed;
    },
  };
}

/**
 * One /delay request waiting for its answer: what it asked for, read from its query on arrival,
 * and its links in the server's PendingList. Its timer calls the module-level `fireDelay` with it
 * as the argument, so a request allocates this one object and its timer, and no closures.
 */
interface PendingDelay {
  list: PendingList;
  req: http.IncomingMessage;
  res: http.ServerResponse;
  ms: number;
  /** The delay aimed at: ms, or ms with its jitter applied. */
  target: number;
  /** performance.now() at arrival. */
  start: number;
  status: number;
  jitter: number;
  seed: number | undefined;
  index: number | undefined;
  bytes: number | undefined;
  timer: NodeJS.Timeout | undefined;
  prev: PendingDelay | undefined;
  next: PendingDelay | undefined;
}

/**
 * The answers still waiting, in arrival order, so close() can end them: a doubly-linked list
 * through the entries. A Set did the same, but at 1000 connections its table, reallocated as
 * entries come and go, doubled the time the server spent in the garbage collector.
 */
class PendingList {
  private head: PendingDelay | undefined;
  private tail: PendingDelay | undefined;

  add(entry: PendingDelay): void {
    entry.prev = this.tail;
    if (this.tail === undefined) this.head = entry;
    else this.tail.next = entry;
    this.tail = entry;
  }

  remove(entry: PendingDelay): void {
    if (entry.prev === undefined) {
      if (this.head !== entry) return; // not in the list
      this.head = entry.next;
    } else {
      entry.prev.next = entry.next;
    }
    if (entry.next === undefined) this.tail = entry.prev;
    else entry.next.prev = entry.prev;
    entry.prev = undefined;
    entry.next = undefined;
  }

  /** Empties the list and returns what it held, in arrival order. */
  takeAll(): PendingDelay[] {
    const all: PendingDelay[] = [];
    for (let entry = this.head; entry !== undefined; entry = entry.next) all.push(entry);
    for (const entry of all) {
      entry.prev = undefined;
      entry.next = undefined;
    }
    this.head = undefined;
    this.tail = undefined;
    return all;
  }
}

/**
 * A delay's timer fired. Node's timers count from the loop's cached clock, which is stale by
 * however long this tick has run (a loaded server parses many requests per tick), so a timer can
 * fire early: re-arm for the rest when it is 1 ms or more early.
 */
function fireDelay(entry: PendingDelay): void {
  const left = entry.target - (performance.now() - entry.start);
  if (left >= 1) {
    entry.timer = setTimeout(fireDelay, Math.ceil(left), entry);
    return;
  }
  entry.list.remove(entry);
  answerDelay(entry);
}

function answerDelay(entry: PendingDelay): void {
  const body: DelayBody = { ms: entry.ms, delayMs: entry.target, actualMs: round2(performance.now() - entry.start), status: entry.status };
  if (entry.jitter > 0) body.jitter = entry.jitter;
  if (entry.seed !== undefined) {
    body.seed = entry.seed;
    body.index = entry.index ?? 0;
  }
  sendDelayBody(entry.req, entry.res, entry.status, body, entry.bytes);
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
