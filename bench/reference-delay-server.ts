/**
 * The bare reference of `npm run bench:servers`: the least a `node:http` delay server can do,
 * `setTimeout(() => res.end(), ms)`, with no validation, no routing and no body. Ours
 * (servers/io-server.ts) is measured beside it in the same run, so the gap between the two is our
 * per-request work and not the machine's other load. A measuring instrument, not one of the
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
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Ours listens with the same backlog (servers/http-common.ts), so a cold burst of 1000 connections lands alike. */
const BACKLOG = 4096;

/** Time allowed from spawn to the URL line. */
const START_TIMEOUT_MS = 10_000;

function serve(): void {
  const server = http.createServer((req, res) => {
    const ms = Number(/[?&]ms=(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
    setTimeout(() => res.end(), ms);
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
