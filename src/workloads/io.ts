/** The I/O task: one HTTP GET with undici; the body is drained; a non-2xx status fails the task. */
import { Agent, type Dispatcher, request } from 'undici';
import { HttpStatusError } from '../errors.js';

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

export async function runIoTask(url: string, dispatcher: Dispatcher): Promise<void> {
  const { statusCode, body } = await request(url, { dispatcher });
  await body.dump();
  if (statusCode < 200 || statusCode > 299) throw new HttpStatusError(statusCode, url);
}
