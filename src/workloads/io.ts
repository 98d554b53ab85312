/**
 * The I/O task: one HTTP call with undici; the body is drained; a non-2xx status fails the task. The
 * built-in I/O server gets a plain GET; a `--target` gets the request its user described (--method,
 * --header, --body, --timeout: an `IoRequest`).
 */
import { Agent, type Dispatcher, request } from 'undici';
import { CallTimeoutError, HttpStatusError } from '../errors.js';

/** An undici Agent with room for `connections` sockets per origin, kept alive between batches. */
export function createIoAgent(connections: number): Agent {
  return new Agent({
    connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    keepAliveMaxTimeout: 60_000,
    connectTimeout: 10_000,
    headersTimeout: 120_000,
    bodyTimeout: 120_000,
  });
}

/**
 * How a call to the user's endpoint is made. Plain data: it travels inside a task to a worker
 * thread. Header values live here and nowhere else: results.json records the header names only.
 */
export interface IoRequest {
  /** `GET`, `POST`, ... */
  method: string;
  headers: ReadonlyArray<readonly [string, string]>;
  /** The request body, or null for none. */
  body: string | null;
  /** The whole call (connect, headers, body) must finish within this many ms; null: undici's own limits. */
  timeoutMs: number | null;
}

/** What came back from one call: its status and, for a 429 or 503, its Retry-After in seconds. */
export interface IoAnswer {
  status: number;
  retryAfterS: number | null;
}

/** `Retry-After` as seconds: a number of seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(value: string | string[] | undefined, nowMs = Date.now()): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return null;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1000)) : null;
}

/** Makes one call and drains its body; resolves with any status (the caller decides what fails). */
export async function sendIoCall(url: string, dispatcher: Dispatcher, req?: IoRequest): Promise<IoAnswer> {
  const signal = req?.timeoutMs ? AbortSignal.timeout(req.timeoutMs) : undefined;
  try {
    const { statusCode, headers, body } = await request(url, {
      dispatcher,
      ...(req
        ? {
            method: req.method as Dispatcher.HttpMethod,
            headers: Object.fromEntries(req.headers.map(([name, value]) => [name, value])),
            ...(req.body !== null ? { body: req.body } : {}),
          }
        : {}),
      ...(signal ? { signal } : {}),
    });
    await body.dump();
    return { status: statusCode, retryAfterS: statusCode === 429 || statusCode === 503 ? retryAfterSeconds(headers['retry-after']) : null };
  } catch (error) {
    if (signal?.aborted && req?.timeoutMs) throw new CallTimeoutError(req.timeoutMs, url);
    throw error;
  }
}

export async function runIoTask(url: string, dispatcher: Dispatcher, req?: IoRequest): Promise<void> {
  const { status } = await sendIoCall(url, dispatcher, req);
  if (status < 200 || status > 299) throw new HttpStatusError(status, url);
}
