/**
 * The bare reference of `npm run bench:servers`: the least a `node:http` delay server can do to
 * give the same answer as ours: a `setTimeout`, then the same status, headers and JSON body
 * (`{"ms","delayMs","actualMs","status"}`), with no validation and no routing. Ours
 * (servers/io-server.ts) is measured beside it in the same run, so the gap between the two is our
 * per-request code and not the machine's other load. The answer must be the same bytes: the load
 * generator parses every response on the same two cores, and an empty answer scored about 3 points
 * of Little's law higher at 1000 connections for that alone. A measuring instrument, not one of the
 * servers: it lives with the bench that uses it.
 *
 * Run as a script, it listens on 127.0.0.1 (a free port), prints `{"url":...}` on one stdout line
 * and exits when its stdin closes (the parent went away). `startReferenceServer()` runs it in a
 * child process, as servers/spawn.ts runs ours, so the load generator never shares its thread.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Ours listens with the same backlog (servers/http-common.ts), so a cold burst of 1000 connections lands alike. */
const BACKLOG = 4096;

/** Time allowed from spawn to the URL line. */
const START_TIMEOUT_MS = 10_000;

function serve(): void {
  const server = http.createServer((req, res) => {
    const ms = Number(/[?&]ms=(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
    const start = performance.now();
    setTimeout(() => {
      const actualMs = Math.round((performance.now() - start) * 100) / 100;
      const body = JSON.stringify({ ms, delayMs: ms, actualMs, status: 200 });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    }, ms);
  });
  server.listen({ host: '127.0.0.1', port: 0, backlog: BACKLOG }, () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
  });
  process.stdin.on('close', () => process.exit(0));
  process.stdin.resume();
}

/** A running reference server in its child process. */
export interface ReferenceServer {
  /** `http://127.0.0.1:port`; GET `/delay?ms=N` (any path) answers after N ms. */
  url: string;
  /** Ends the child; resolves once it has exited. */
  close(): Promise<void>;
}

/** Starts the reference server in a child process; resolves once it listens. */
export async function startReferenceServer(): Promise<ReferenceServer> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit').then(() => undefined);
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    child.stdin.destroy();
  };
  const lines = createInterface({ input: child.stdout });
  let timer: NodeJS.Timeout | undefined;
  try {
    const [line] = (await Promise.race([
      once(lines, 'line'),
      exited.then(() => Promise.reject(new Error('the reference server exited before it listened'))),
      new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`the reference server did not listen within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      }),
    ])) as [string];
    return { url: (JSON.parse(line) as { url: string }).url, close };
  } catch (error) {
    await close();
    throw error;
  } finally {
    clearTimeout(timer);
    lines.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve();
