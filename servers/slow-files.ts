/**
 * The harness's side of the slow-file server (servers/slow_file_server.py, a FUSE filesystem in
 * Python): find an interpreter that can serve, mount N slow files in a temporary folder of our own,
 * and always unmount.
 *
 * A mount must not outlive the run:
 * - `close()` sends SIGTERM (libfuse's handler unmounts), waits, and unmounts lazily itself if the
 *   mount is still there, then removes the folder;
 * - the server runs with `--parent-watch`: when our process dies, however (SIGKILL included), its
 *   stdin closes and it unmounts on its own;
 * - an `exit` handler unmounts synchronously what is still mounted when this process exits;
 * - a mount left by a run that died anyway (the server killed first) is stale: its folder's name
 *   carries the pid of the run that made it (`asyncbench-files-<pid>-XXXXXX`), and
 *   `cleanStaleSlowFileMounts()` unmounts those whose run is gone, at the start of the next run.
 *
 * Standalone: imports nothing from src/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rmdir } from 'node:fs/promises';
import { rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readyLine, withTimeout } from './ready.js';

/** The filesystem's name in /proc/mounts (its first field, and its type after `fuse.`). */
export const SLOW_FILES_FSNAME = 'asyncbench-slow-files';
/** Our mount folders: `<tmpdir>/asyncbench-files-<pid of the run>-XXXXXX`. */
export const MOUNT_PREFIX = 'asyncbench-files-';

export const SLOW_FILE_SERVER_SCRIPT = fileURLToPath(new URL('../../servers/slow_file_server.py', import.meta.url));

/** The limits the server accepts (slow_file_server.py checks them again). */
export const SLOW_FILES_LIMITS = { files: { min: 1, max: 4096 }, bytes: { min: 1, max: 16 * 1024 * 1024 }, delayMs: { min: 0, max: 60_000 } } as const;

export class SlowFilesError extends Error {
  override readonly name = 'SlowFilesError';
  readonly code = 'ASYNCBENCH_ERR_SLOW_FILES';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface SlowFilesOptions {
  /** An interpreter that passed `probeSlowFiles`. */
  python: string;
  files: number;
  bytes: number;
  delayMs: number;
  /** @default 0 */
  jitterMs?: number;
  /** @default 1 */
  seed?: number;
  /** @default slow_file_server.py beside this file's source */
  script?: string;
  /** Where the mount folder is made. @default os.tmpdir() */
  parent?: string;
  /** @default 10000 */
  startTimeoutMs?: number;
}

export interface SlowFiles {
  mountpoint: string;
  /** The files' absolute paths, file-0000.bin first. */
  paths: string[];
  pid: number;
  /** Unmounts and removes the folder; resolves once both are done. Idempotent. */
  close(): Promise<void>;
}

export type SlowFilesProbe =
  | { ok: true; python: string; version: string; binding: string }
  | { ok: false; tried: string[] };

/**
 * The first of `candidates` that can serve here (fusepy importable with its libfuse, /dev/fuse
 * usable, allowed to mount). `tried` says, per candidate, why it was passed over.
 */
export async function probeSlowFiles(candidates: readonly string[], script: string = SLOW_FILE_SERVER_SCRIPT): Promise<SlowFilesProbe> {
  const tried: string[] = [];
  for (const python of candidates) {
    const out = await run(python, [script, '--probe'], 20_000);
    if (out.error !== undefined) {
      tried.push(`${python}: ${out.error}`);
      continue;
    }
    let doc: { ok?: unknown; reason?: unknown; python?: unknown; binding?: unknown } = {};
    try {
      doc = JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '') as typeof doc;
    } catch {
      tried.push(`${python}: its probe printed no JSON${out.stderr ? ` (${lastLine(out.stderr)})` : ''}`);
      continue;
    }
    if (doc.ok === true && typeof doc.python === 'string' && typeof doc.binding === 'string') {
      return { ok: true, python, version: doc.python, binding: doc.binding };
    }
    tried.push(`${python}: ${typeof doc.reason === 'string' ? doc.reason : 'not usable'}`);
  }
  return { ok: false, tried };
}

/** Mounts `options.files` slow files in a fresh folder and resolves once the server said it is ready. */
export async function startSlowFiles(options: SlowFilesOptions): Promise<SlowFiles> {
  checkOptions(options);
  const mountpoint = await mkdtemp(path.join(options.parent ?? tmpdir(), `${MOUNT_PREFIX}${process.pid}-`));
  const args = [
    options.script ?? SLOW_FILE_SERVER_SCRIPT,
    '--mountpoint', mountpoint,
    '--files', String(options.files),
    '--bytes', String(options.bytes),
    '--delay-ms', String(options.delayMs),
    '--jitter-ms', String(options.jitterMs ?? 0),
    '--seed', String(options.seed ?? 1),
    '--parent-watch',
  ];
  const child = spawn(options.python, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4096);
  });
  child.stdin.on('error', () => {});
  const onExit = (): void => unmountSync(mountpoint);
  process.once('exit', onExit);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      child.stdin.destroy();
      if (await isMounted(mountpoint)) unmountSync(mountpoint);
      await rmdir(mountpoint).catch(() => {});
      process.off('exit', onExit);
    })();
    return closing;
  };

  try {
    const ready = await withTimeout(readyLine(child.stdout, exited, () => lastLine(stderr), parseReady, 'the server'), options.startTimeoutMs ?? 10_000);
    child.stdout.resume();
    return { mountpoint, paths: ready.files.map((f) => path.join(mountpoint, f)), pid: child.pid ?? ready.pid, close };
  } catch (error) {
    await close();
    throw new SlowFilesError(`the slow-file server did not mount ${mountpoint}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function checkOptions(o: SlowFilesOptions): void {
  const L = SLOW_FILES_LIMITS;
  const int = (name: string, v: number, min: number, max: number): void => {
    if (!Number.isInteger(v) || v < min || v > max) throw new SlowFilesError(`options.${name} must be an integer from ${min} to ${max} (got ${String(v)})`);
  };
  int('files', o.files, L.files.min, L.files.max);
  int('bytes', o.bytes, L.bytes.min, L.bytes.max);
  int('delayMs', o.delayMs, L.delayMs.min, L.delayMs.max);
  int('jitterMs', o.jitterMs ?? 0, 0, L.delayMs.max);
}

/** Our mounts in a /proc/mounts text: their folders (octal escapes such as `\040` decoded). */
export function slowFileMounts(mounts: string): string[] {
  return mounts
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([source, , type]) => source === SLOW_FILES_FSNAME || type === `fuse.${SLOW_FILES_FSNAME}`)
    .map(([, target]) => (target ?? '').replace(/\\([0-7]{3})/g, (_m, oct: string) => String.fromCharCode(parseInt(oct, 8))))
    .filter((target) => target !== '');
}

/**
 * Which of `mounts` are stale: made by a run (the pid in the folder's name) that is gone. A mount
 * whose folder carries no pid is not ours to judge and is left alone; a live run's mount too.
 */
export function staleMounts(mounts: readonly string[], alive: (pid: number) => boolean): string[] {
  return mounts.filter((target) => {
    const match = new RegExp(`^${MOUNT_PREFIX}(\\d+)-`).exec(path.basename(target));
    return match !== null && !alive(Number(match[1]));
  });
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Unmounts and removes every stale mount of ours (Linux: /proc/mounts); returns their folders. */
export async function cleanStaleSlowFileMounts(mountsFile = '/proc/mounts'): Promise<string[]> {
  const text = await readFile(mountsFile, 'utf8').catch(() => '');
  const stale = staleMounts(slowFileMounts(text), pidAlive);
  for (const target of stale) {
    unmountSync(target);
    try {
      rmdirSync(target);
    } catch {
      /* not empty or gone: leave it */
    }
  }
  return stale;
}

async function isMounted(target: string): Promise<boolean> {
  const text = await readFile('/proc/mounts', 'utf8').catch(() => '');
  return slowFileMounts(text).includes(target);
}

/** Lazy unmount: fusermount3, fusermount (libfuse 2), then umount (root). Never throws. */
export function unmountSync(target: string): void {
  for (const [command, ...args] of [
    ['fusermount3', '-u', '-z', target],
    ['fusermount', '-u', '-z', target],
    ['umount', '-l', target],
  ] as const) {
    const done = spawnSync(command, args, { stdio: 'ignore', timeout: 5000 });
    if (done.status === 0) return;
  }
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-4096)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, error: error.code === 'ENOENT' ? 'not found' : error.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? { stdout, stderr } : { stdout, stderr, error: `exited with code ${String(code)}${stderr ? `: ${lastLine(stderr)}` : ''}` });
    });
  });
}

interface Ready {
  files: string[];
  pid: number;
}

function parseReady(raw: unknown): Ready | undefined {
  const value = (raw ?? {}) as Partial<Ready> & { ready?: unknown };
  if (value.ready === true && Array.isArray(value.files) && typeof value.pid === 'number') return { files: value.files.map(String), pid: value.pid };
  return undefined;
}
