/**
 * Runs one point of the threadpool sweep in a child process of its own (libuv reads
 * UV_THREADPOOL_SIZE once, when its pool starts, so every size needs a fresh process) and reads its
 * plain-data answer: JSON lines on stdout, samples as they come, then one report, validated here.
 *
 * The child is the suite's script (bench/threadpool-child.ts, passed in: src/ imports nothing from
 * bench/). It runs detached, in its own process group, so a Ctrl-C at the terminal reaches the
 * harness only and the harness alone ends it: on `signal`, SIGTERM, then SIGKILL after a grace
 * period. With `--parent-watch` it also exits when its stdin closes, should the harness die first.
 *
 * A child that dies, hangs past `timeoutMs` or answers something else is `errored`, with why: its
 * exit code or signal and the tail of its stderr.
 */
import { spawn } from 'node:child_process';
import { z } from 'zod';
import { AsyncbenchError, serializeError } from '../errors.js';
import { CapacitySchema, type ErroredResult } from '../results/schema.js';

/** The three ways the child calls the same native work (src/model/threadpool.ts models them). */
const StrategySchema = z.enum(['sync', 'async-serial', 'async-all']);

const DelaySchema = z.object({ p50: z.number(), p99: z.number(), max: z.number(), mean: z.number() });
const TimedSchema = z.object({
  samples: z.array(z.number().nonnegative()).min(1),
  eventLoopDelay: DelaySchema.nullable(),
  /** The child's CPU time over wall time in each batch (cores busy); absent from an older child. */
  busyCores: z.array(z.number().nonnegative()).optional(),
});

const SampleLineSchema = z.object({ type: z.literal('sample'), strategy: StrategySchema, index: z.number().int().nonnegative(), ms: z.number() });

const ReportSchema = z.object({
  type: z.literal('report'),
  /** UV_THREADPOOL_SIZE as the child saw it. */
  poolSize: z.string().nullable(),
  calls: z.number().int().positive(),
  iterations: z.number().int().positive(),
  /** c: the median of 3 single pbkdf2Sync calls before timing (ms). */
  callMs: z.number().positive(),
  /** Cores other processes kept busy while the rounds ran. */
  otherCpu: z.number().nonnegative(),
  /** The free capacity while the rounds ran (src/measure/capacity.ts); absent from an older child. */
  capacity: CapacitySchema.optional(),
  strategies: z.object({ sync: TimedSchema, 'async-serial': TimedSchema, 'async-all': TimedSchema }),
});

export type ThreadpoolReport = z.infer<typeof ReportSchema>;

export interface ThreadpoolChildSpec {
  /** The child script (bench/threadpool-child.js). */
  script: string;
  /** UV_THREADPOOL_SIZE for this child. */
  poolSize: number;
  /** N: calls per batch. */
  calls: number;
  /** pbkdf2 iterations of one call. */
  iterations: number;
  /** Sampling goes on until this is spent (ms) and `minSamples` rounds are done. */
  timeMs: number;
  minSamples: number;
  /** Longest the child may take from spawn to report before it is killed (ms). */
  timeoutMs: number;
}

export interface ThreadpoolChildEnv {
  signal: AbortSignal;
  /** Called for each timed batch the child reports. */
  onSample?: (strategy: z.infer<typeof StrategySchema>, index: number, ms: number) => void;
}

export type ThreadpoolChildOutcome =
  | { state: 'completed'; report: ThreadpoolReport }
  | { state: 'errored'; error: ErroredResult['error'] }
  | { state: 'aborted' };

/** Time between SIGTERM and SIGKILL when the run is interrupted. */
const KILL_GRACE_MS = 3000;
/** How much of the child's stderr is kept, and how many of its last lines a reason quotes. */
const STDERR_KEPT = 4096;
const STDERR_LINES = 3;

/**
 * What a reason quotes of the child's stderr: the headline of an uncaught error when Node printed
 * one (`Error: Cannot find module …`, `FATAL ERROR: … heap out of memory`), else its last lines;
 * blank lines and Node's `Node.js v20.x` trailer left out.
 */
export function stderrReason(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^Node\.js v\d/.test(line));
  const headline = lines.find((line) => /^(\w*Error\b|FATAL ERROR\b)/.test(line));
  return headline ?? lines.slice(-STDERR_LINES).join(' | ');
}

/** Starts one child at `spec.poolSize` and resolves with its report, why it failed, or `aborted`. */
export function runThreadpoolChild(spec: ThreadpoolChildSpec, env: ThreadpoolChildEnv): Promise<ThreadpoolChildOutcome> {
  const who = `threadpool child (UV_THREADPOOL_SIZE=${spec.poolSize})`;
  const failed = (why: string, cause?: unknown): ThreadpoolChildOutcome => ({
    state: 'errored',
    error: serializeError(new AsyncbenchError('ASYNCBENCH_ERR_WORKER', `${who} ${why}`, { cause })),
  });
  if (env.signal.aborted) return Promise.resolve({ state: 'aborted' });
  const flags = { calls: spec.calls, iterations: spec.iterations, 'time-ms': spec.timeMs, 'min-samples': spec.minSamples };
  const args = [spec.script, ...Object.entries(flags).flatMap(([name, value]) => [`--${name}`, String(value)]), '--parent-watch'];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, UV_THREADPOOL_SIZE: String(spec.poolSize) },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: process.platform !== 'win32',
  });

  return new Promise((resolve) => {
    let stderr = '';
    /** stdout after the last complete line. */
    let pending = '';
    let report: ThreadpoolReport | undefined;
    let badLine: string | undefined;
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (outcome: ThreadpoolChildOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      clearTimeout(killTimer);
      env.signal.removeEventListener('abort', onAbort);
      child.stdin.destroy();
      resolve(outcome);
    };

    const stop = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    const onAbort = (): void => stop();
    env.signal.addEventListener('abort', onAbort, { once: true });
    const timeout = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, spec.timeoutMs);

    const onLine = (line: string): void => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        badLine ??= line;
        return;
      }
      const sample = SampleLineSchema.safeParse(value);
      if (sample.success) {
        env.onSample?.(sample.data.strategy, sample.data.index, sample.data.ms);
        return;
      }
      const parsed = ReportSchema.safeParse(value);
      if (parsed.success) report = parsed.data;
      else badLine ??= `${line.slice(0, 120)} (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`;
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) !== -1) {
        onLine(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    child.stdin.on('error', () => {});
    // A process that could not be spawned has no pid and may never 'close'; any other 'error'
    // (a kill that failed) is followed by 'close'.
    child.on('error', (error) => {
      if (child.pid === undefined) settle(failed(`could not start: ${error.message}`, error));
    });
    // 'close' comes after the child exited and its stdout and stderr ended: every line is read.
    child.once('close', (code, signal) => {
      if (pending !== '') onLine(pending);
      const said = stderrReason(stderr);
      const tail = said === '' ? '' : `; stderr: ${said}`;
      if (env.signal.aborted) settle({ state: 'aborted' });
      else if (timedOut) settle(failed(`did not finish within ${spec.timeoutMs} ms and was killed${tail}`));
      else if (signal !== null) settle(failed(`was killed by ${signal}${tail}`));
      else if (code !== 0) settle(failed(`exited with code ${String(code)}${tail}`));
      else if (!report) settle(failed(`exited without a report${badLine ? ` (it printed: ${badLine})` : ''}${tail}`));
      else if (report.poolSize !== String(spec.poolSize)) settle(failed(`ran with UV_THREADPOOL_SIZE=${String(report.poolSize)}`));
      else settle({ state: 'completed', report });
    });
  });
}
