/**
 * The harness's way to run the servers: in a child process, so that CPU work in the harness never
 * delays the servers' timers. The child is `main.js --json --parent-watch`; its stdin is a pipe we
 * never write to, so it exits when we do, however we die.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MAX_THREADS } from './cpu-server.js';
import { readyLine, waitForHealth, withTimeout } from './ready.js';

/**
 * A server process that did not start: bad options, a port in use, a crash, or too slow.
 * Not in src/errors.ts: servers/ import nothing from src/ (standalone); `npm run bench` maps it to exit 1.
 */
export class ServerStartError extends Error {
  override readonly name = 'ServerStartError';
  readonly code = 'ASYNCBENCH_ERR_SERVER_START';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface ServersProcessOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 0 */
  ioPort?: number;
  /** 0 picks a free port. @default 0 */
  cpuPort?: number;
  /** CPU work in a pool of this many threads; undefined runs it on the event loop. */
  threads?: number;
  /** Start one server only. */
  only?: 'io' | 'cpu';
  /** Time allowed from spawn to both servers healthy. @default 10000 */
  startTimeoutMs?: number;
}

export interface ServersProcess {
  io: { url: string } | null;
  cpu: { url: string } | null;
  pid: number;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the child has exited. Idempotent. */
  close(): Promise<void>;
  /** Settles when the child exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: string | null }>;
}

/** Time between SIGTERM and SIGKILL in close(); the child itself exits within about 1 s. */
const KILL_GRACE_MS = 3000;

/** Starts main.js in a child process and resolves once every server it started answers /health. */
export async function startServersProcess(options: ServersProcessOptions = {}): Promise<ServersProcess> {
  const args = toArgs(options);
  const startTimeoutMs = options.startTimeoutMs ?? 10_000;
  const mainPath = fileURLToPath(new URL('./main.js', import.meta.url));
  const child = spawn(process.execPath, [mainPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });

  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      child.stdin.destroy();
    })();
    return closing;
  };

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4096);
  });
  const lastStderrLine = (): string => stderr.trim().split('\n').pop() ?? '';

  try {
    const ready = await withTimeout(readyLine(child.stdout, exited, lastStderrLine, parseReady), startTimeoutMs);
    const urls = [ready.io, ready.cpu].filter((u): u is string => u !== null);
    await Promise.all(urls.map((url) => waitForHealth(url, startTimeoutMs)));
    child.stdout.resume();
    return {
      io: ready.io === null ? null : { url: ready.io },
      cpu: ready.cpu === null ? null : { url: ready.cpu },
      pid: child.pid ?? ready.pid,
      close,
      exited,
    };
  } catch (error) {
    await close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ServerStartError(`servers did not start (${args.join(' ')}): ${reason}`, { cause: error });
  }
}

interface ReadyLine {
  io: string | null;
  cpu: string | null;
  pid: number;
}

function parseReady(raw: unknown): ReadyLine | undefined {
  const value = (raw ?? {}) as Partial<ReadyLine>;
  const urlOrNull = (u: unknown): u is string | null => u === null || typeof u === 'string';
  if (typeof value.pid === 'number' && urlOrNull(value.io) && urlOrNull(value.cpu)) return { io: value.io, cpu: value.cpu, pid: value.pid };
  return undefined;
}
/** Checks the options (one `if` each) and turns them into main.js flags. */
function toArgs(options: ServersProcessOptions): string[] {
  const port = (name: string, value: number | undefined): string => {
    const v = value ?? 0;
    if (!Number.isInteger(v) || v < 0 || v > 65535) {
      throw new ServerStartError(`options.${name} must be an integer from 0 to 65535 (got ${String(value)})`);
    }
    return String(v);
  };
  const args = ['--json', '--parent-watch', '--host', options.host ?? '127.0.0.1'];
  args.push('--io-port', port('ioPort', options.ioPort), '--cpu-port', port('cpuPort', options.cpuPort));
  if (options.threads !== undefined) {
    if (!Number.isInteger(options.threads) || options.threads < 1 || options.threads > MAX_THREADS) {
      throw new ServerStartError(`options.threads must be an integer from 1 to ${MAX_THREADS} (got ${options.threads})`);
    }
    args.push('--threads', String(options.threads));
  }
  if (options.only !== undefined) {
    if (options.only !== 'io' && options.only !== 'cpu') {
      throw new ServerStartError(`options.only must be one of io, cpu (got '${String(options.only)}')`);
    }
    args.push('--only', options.only);
  }
  if (options.startTimeoutMs !== undefined && !(options.startTimeoutMs > 0)) {
    throw new ServerStartError(`options.startTimeoutMs must be a positive number (got ${options.startTimeoutMs})`);
  }
  return args;
}
