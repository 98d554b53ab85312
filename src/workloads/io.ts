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

export async function runIoTask(url: string, dispatcher: Dispatcher, req?: IoRequest): Promise<void> {
  const signal = req?.timeoutMs ? AbortSignal.timeout(req.timeoutMs) : undefined;
  try {
    const { statusCode, body } = await request(url, {
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
    if (statusCode < 200 || statusCode > 299) throw new HttpStatusError(statusCode, url);
  } catch (error) {
    if (signal?.aborted && req?.timeoutMs) throw new CallTimeoutError(req.timeoutMs, url);
    throw error;
  }
}
