/**
 * Runs a program that answers with one JSON document on stdout (the python suite's child:
 * bench/python/asyncbench_child.py) and reads it, validated by the caller's schema. Like the
 * threadpool child (src/measure/threadpool-child.ts) it runs detached in its own process group, so
 * a Ctrl-C at the terminal reaches the harness only, which ends it (SIGTERM, then SIGKILL after a
 * grace period); its stdin stays open so a child watching it exits should the harness die.
 *
 * Whatever goes wrong is one line: the program not found, a non-zero exit with the last line of its
 * stderr (a Python traceback's `ModuleNotFoundError: No module named 'httpx'`), no document, a
 * document the schema refuses (with the first problem's path), or a timeout.
 */
import { spawn } from 'node:child_process';
import type { z } from 'zod';
import { killGroup } from './platform.js';
import { stderrReason } from './threadpool-child.js';

export interface JsonChildSpec {
  command: string;
  args: readonly string[];
  /** Added to the harness's environment. */
  env?: Record<string, string>;
  /** Killed (and `errored`) when it has not exited within this long. */
  timeoutMs: number;
  signal: AbortSignal;
}

export type JsonChildOutcome<T> = { state: 'completed'; value: T } | { state: 'errored'; reason: string } | { state: 'aborted' };

const KILL_GRACE_MS = 3000;
const KEPT = 1 << 20;

/** Starts `spec.command`, waits for it to exit, and parses its stdout as one document of `schema`. */
export function runJsonChild<T>(spec: JsonChildSpec, schema: z.ZodType<T>): Promise<JsonChildOutcome<T>> {
  if (spec.signal.aborted) return Promise.resolve({ state: 'aborted' });
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const child = spawn(spec.command, [...spec.args], {
      env: { ...process.env, ...spec.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const settle = (outcome: JsonChildOutcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      clearTimeout(killTimer);
      spec.signal.removeEventListener('abort', onAbort);
      child.stdin.destroy();
      resolve(outcome);
    };
    const onAbort = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // The group: a process pool's workers go with the child.
      if (child.pid !== undefined) killGroup(child.pid, 'SIGTERM');
      killTimer ??= setTimeout(() => child.pid !== undefined && killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
    };
    spec.signal.addEventListener('abort', onAbort, { once: true });
    const timeout = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    }, spec.timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout = (stdout + chunk).slice(-KEPT);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4096);
    });
    child.stdin.on('error', () => {});
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return;
      settle({ state: 'errored', reason: error.code === 'ENOENT' ? `${spec.command}: not found` : `${spec.command} could not start: ${error.message}` });
    });
    child.once('close', (code, signal) => {
      const said = stderrReason(stderr);
      const tail = said === '' ? '' : `: ${said}`;
      if (spec.signal.aborted) return settle({ state: 'aborted' });
      if (timedOut) return settle({ state: 'errored', reason: `did not finish within ${spec.timeoutMs} ms and was killed${tail}` });
      if (signal !== null) return settle({ state: 'errored', reason: `was killed by ${signal}${tail}` });
      if (code !== 0) return settle({ state: 'errored', reason: `exited with code ${String(code)}${tail}` });
      settle(parseDocument(stdout, schema));
    });
  });
}

/** The last non-blank line of `stdout` as a document of `schema`, or why not. */
export function parseDocument<T>(stdout: string, schema: z.ZodType<T>): JsonChildOutcome<T> {
  const line = stdout.split('\n').filter((l) => l.trim() !== '').at(-1);
  if (line === undefined) return { state: 'errored', reason: 'printed no JSON document' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { state: 'errored', reason: `printed something that is not JSON: ${line.slice(0, 120)}` };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { state: 'errored', reason: `printed a document asyncbench does not accept (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'})` };
  }
  return { state: 'completed', value: parsed.data };
}
