/**
 * What both servers share: the HTTP server's limits, routing by method and path, query validation
 * with 400 answers that name the parameter, JSON answers, listening, and a prompt close.
 * Standalone like every file in servers/: it imports nothing from src/.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Limits every server gets. */
export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  /** Node's default 511 overflowed on a cold burst of 1000 connections (1279 ms instead of 405 ms). */
  backlog: 4096,
  /** A client must send its headers within this time. */
  headersTimeoutMs: 10_000,
  /** ...and the whole request within this time (the time to *receive* it, not to answer it). */
  requestTimeoutMs: 30_000,
  /** How often Node checks the two timeouts above (its default, 30 s, would let a slow client stay 40 s). */
  connectionsCheckingIntervalMs: 1_000,
  /** An idle keep-alive socket closes after this; longer than a bench's pause between phases. */
  keepAliveTimeoutMs: 65_000,
  /** After close() answered the pending requests, sockets still open after this are destroyed. */
  closeGraceMs: 250,
} as const;

/** A running server, as the programmatic API hands it out. */
export interface RunningServer {
  /** `http://host:port`, with IPv6 hosts in brackets. */
  url: string;
  port: number;
  /** Answers or ends in-flight requests, closes every socket, resolves once the server is closed. */
  close(): Promise<void>;
}

/** A 4xx answer on its way out: thrown by validators, caught by the request handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, query: Query) => void;

/**
 * The query string of one request: rejects unknown and repeated parameters up front, then hands
 * out validated integers.
 */
export class Query {
  private readonly values = new Map<string, string>();

  /** `search` is the query string without its '?'; parsed like URLSearchParams ('+' is a space). */
  constructor(search: string, accepted: readonly string[]) {
    if (search === '') return;
    for (const part of search.split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const name = decode(eq === -1 ? part : part.slice(0, eq));
      const value = decode(eq === -1 ? '' : part.slice(eq + 1));
      if (!accepted.includes(name)) {
        const list = accepted.length > 0 ? accepted.join(', ') : 'none';
        throw new HttpError(400, `unknown parameter '${clip(name)}' (accepted: ${list})`);
      }
      if (this.values.has(name)) throw new HttpError(400, `${name} is given more than once; give it once`);
      this.values.set(name, value);
    }
  }

  /** A required decimal integer in [min, max]. */
  integer(name: string, min: number, max: number): number {
    const value = this.optionalInteger(name, min, max);
    if (value === undefined) throw new HttpError(400, `${name} is required: an integer from ${min} to ${max}`);
    return value;
  }

  /** An optional decimal integer in [min, max]: digits only, no sign, no exponent, no spaces. */
  optionalInteger(name: string, min: number, max: number): number | undefined {
    const raw = this.values.get(name);
    if (raw === undefined) return undefined;
    const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new HttpError(400, `${name} must be an integer from ${min} to ${max} (got '${clip(raw)}')`);
    }
    return value;
  }
}

/** A route: its path, its accepted query parameters, its handler. */
export interface Route {
  path: string;
  params: readonly string[];
  handle: Handler;
}

/**
 * Creates an http.Server with the limits above that routes GET/HEAD to `routes` and answers
 * 404/405/400 itself. `isClosing()` true makes every new request a 503 that closes its connection.
 */
export function createServer(routes: readonly Route[], isClosing: () => boolean): http.Server {
  const server = http.createServer(
    {
      headersTimeout: SERVER_DEFAULTS.headersTimeoutMs,
      requestTimeout: SERVER_DEFAULTS.requestTimeoutMs,
      connectionsCheckingInterval: SERVER_DEFAULTS.connectionsCheckingIntervalMs,
      keepAliveTimeout: SERVER_DEFAULTS.keepAliveTimeoutMs,
    },
    (req, res) => {
      try {
        route(req, res, routes, isClosing);
      } catch (error) {
        if (error instanceof HttpError) {
          sendJson(res, error.status, { error: error.message }, error.headers);
        } else {
          sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
        }
      }
    },
  );
  // A client too slow with its request gets 408, a malformed one (bad or oversized header) 400;
  // either way its socket closes.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  return server;
}

function route(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  routes: readonly Route[],
  isClosing: () => boolean,
): void {
  // A split, not `new URL()` or URLSearchParams: at 1000 connections and 20k req/s, every
  // microsecond per request shows in the fidelity bench (a bare Node delay server was ~10% ahead).
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const pathname = q === -1 ? target : target.slice(0, q);
  const found = routes.find((r) => r.path === pathname);
  if (found === undefined) {
    const paths = routes.map((r) => r.path).join(', ');
    throw new HttpError(404, `no such path '${clip(pathname)}' (paths: ${paths})`);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpError(405, `method ${req.method ?? ''} not allowed on ${found.path} (allowed: GET, HEAD)`, {
      allow: 'GET, HEAD',
    });
  }
  if (isClosing()) {
    throw new HttpError(503, 'server is closing', { connection: 'close' });
  }
  found.handle(req, res, new Query(q === -1 ? '' : target.slice(q + 1), found.params));
}

/** Sends `body` as JSON with a Content-Length, so keep-alive clients can reuse the socket. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Listens with a backlog of 4096 and resolves with the bound URL and port. */
export function listen(server: http.Server, host: string, port: number): Promise<{ url: string; port: number }> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ host, port, backlog: SERVER_DEFAULTS.backlog }, () => {
      server.off('error', onError);
      const address = server.address() as AddressInfo;
      resolve({ url: formatUrl(host, address.port), port: address.port });
    });
  });
}

/** `http://host:port`, bracketing IPv6 literals. */
function formatUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * Closes `server` promptly: stops accepting, closes idle keep-alive sockets, and after the grace
 * period destroys whatever is still open. The caller answers its own pending requests first.
 */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      server.closeAllConnections();
      resolve();
      return;
    }
    const grace = setTimeout(() => server.closeAllConnections(), SERVER_DEFAULTS.closeGraceMs);
    server.close(() => {
      clearTimeout(grace);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Percent-decoding only when needed: most benchmark queries are plain `ms=50`. */
function decode(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    throw new HttpError(400, `malformed percent-encoding in the query ('${clip(text)}')`);
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
