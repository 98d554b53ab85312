/**
 * Starts the I/O and CPU servers (or one of them) and prints where they listen.
 *
 *   node dist/servers/main.js [--host 127.0.0.1] [--io-port 4001] [--cpu-port 4002] [--threads K]
 *                             [--only io|cpu] [--json] [--parent-watch] [--help]
 *
 * Exit codes: 0 after SIGINT/SIGTERM (or the parent going away), 1 when a server cannot start,
 * 2 on a bad flag. Reference: docs/servers.md.
 */
import { pathToFileURL } from 'node:url';
import { MAX_THREADS, startCpuServer, type RunningCpuServer } from './cpu-server.js';
import type { RunningServer } from './http-common.js';
import { startIoServer } from './io-server.js';

const USAGE = `Usage: node dist/servers/main.js [options]   (or: npm run serve -- [options])

Starts the local servers asyncbench measures against, prints one line per server, runs until
Ctrl-C / SIGTERM.

  --host <addr>        address to bind                      (default 127.0.0.1)
  --io-port <port>     I/O delay server port, 0 = any free  (default 4001)
  --cpu-port <port>    CPU server port, 0 = any free        (default 4002)
  --threads <K>        run CPU work in a pool of K threads, 1..${MAX_THREADS} (default: on the event loop)
  --only <io|cpu>      start one server only
  --json               print one JSON line instead: {"io":url|null,"cpu":url|null,"pid":n,...}
  --parent-watch       exit when stdin closes or the parent process goes away (for harnesses)
  --help               print this and exit
`;

const FLAGS = ['--host', '--io-port', '--cpu-port', '--threads', '--only', '--json', '--parent-watch', '--help'] as const;

/** Resolved command-line options. */
interface CliOptions {
  host: string;
  ioPort: number;
  cpuPort: number;
  threads: number;
  only: 'io' | 'cpu' | undefined;
  json: boolean;
  parentWatch: boolean;
  help: boolean;
}

/** A bad flag: main prints its message on one line and exits 2. */
class UsageError extends Error {}

/** Parses argv (without node and the script) into options; throws UsageError naming the flag. */
function parseCli(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    host: '127.0.0.1',
    ioPort: 4001,
    cpuPort: 4002,
    threads: 0,
    only: undefined,
    json: false,
    parentWatch: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const value = (accepted: string): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) {
        throw new UsageError(`${flag} needs a value: ${accepted}`);
      }
      return v;
    };
    const noValue = (): void => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value (got '${inline}')`);
    };
    switch (flag) {
      case '--host':
        options.host = value('an address to bind, e.g. 127.0.0.1');
        break;
      case '--io-port':
        options.ioPort = integer(flag, value('an integer from 0 to 65535'), 0, 65535);
        break;
      case '--cpu-port':
        options.cpuPort = integer(flag, value('an integer from 0 to 65535'), 0, 65535);
        break;
      case '--threads':
        options.threads = integer(flag, value(`an integer from 1 to ${MAX_THREADS}`), 1, MAX_THREADS);
        break;
      case '--only': {
        const only = value('io or cpu');
        if (only !== 'io' && only !== 'cpu') throw new UsageError(`--only must be one of io, cpu (got '${only}')`);
        options.only = only;
        break;
      }
      case '--json':
        noValue();
        options.json = true;
        break;
      case '--parent-watch':
        noValue();
        options.parentWatch = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown flag '${arg}' (accepted: ${FLAGS.join(', ')})`);
    }
  }
  return options;
}

function integer(flag: string, raw: string, min: number, max: number): number {
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} must be an integer from ${min} to ${max} (got '${raw}')`);
  }
  return value;
}

/** Closes everything, then exits 0; a second signal, or a close slower than 900 ms, exits at once. */
function installShutdown(servers: () => RunningServer[]): () => void {
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) process.exit(0);
    stopping = true;
    setTimeout(() => process.exit(0), 900);
    Promise.allSettled(servers().map((s) => s.close())).then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  return shutdown;
}

/**
 * Parent watch: the harness spawns us with stdin as a pipe it never writes to; when the parent
 * exits, even by SIGKILL, the OS closes the pipe and stdin ends. An IPC channel's disconnect and a
 * change of parent pid (we were re-parented) count too.
 */
function watchParent(shutdown: () => void): void {
  process.stdin.on('end', shutdown);
  process.stdin.on('close', shutdown);
  process.stdin.on('error', shutdown);
  process.stdin.resume();
  if (process.connected) process.on('disconnect', shutdown);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) shutdown();
  }, 500).unref();
}

/** Parses `argv` (without node and the script), starts the servers and prints their URLs; exits on a bad flag or a failed start. */
export async function main(argv: readonly string[]): Promise<void> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`asyncbench-servers: ${error.message}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }

  let io: RunningServer | undefined;
  let cpu: RunningCpuServer | undefined;
  const shutdown = installShutdown(() => [io, cpu].filter((s): s is RunningServer => s !== undefined));
  if (options.parentWatch) watchParent(shutdown);

  let starting = 'io';
  try {
    if (options.only !== 'cpu') io = await startIoServer({ host: options.host, port: options.ioPort });
    starting = 'cpu';
    if (options.only !== 'io') {
      cpu = await startCpuServer({ host: options.host, port: options.cpuPort, threads: options.threads });
    }
  } catch (error) {
    const port = starting === 'io' ? options.ioPort : options.cpuPort;
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`asyncbench-servers: cannot start the ${starting} server on ${options.host}:${port}: ${reason}\n`);
    await io?.close();
    process.exit(1);
  }

  if (options.json) {
    const ready = {
      io: io?.url ?? null,
      cpu: cpu?.url ?? null,
      pid: process.pid,
      threads: cpu?.threads ?? null,
      itersPerMs: cpu === undefined ? null : Math.round(cpu.itersPerMs),
    };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
  } else {
    if (io !== undefined) process.stdout.write(`io   ${io.url}\n`);
    if (cpu !== undefined) {
      const runner = cpu.threads === 0 ? 'event loop' : `${cpu.threads} thread${cpu.threads === 1 ? '' : 's'}`;
      process.stdout.write(`cpu  ${cpu.url}  (${runner})\n`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
