/**
 * One point of the concurrency sweep against the user's endpoint (bench/target-sweep.ts): `batches`
 * batches of `perBatch` calls, at most `inFlight` at a time (a closed loop of `inFlight` callers).
 * Every call's latency is taken from before its request is sent to its body's end, so a connection
 * the server made wait (a full listen backlog: the kernel retransmits the SYN after 1 s, then 3 s)
 * is in it. The send function is injected: tests drive a point without a network.
 *
 * Safety, shared by the points of one sweep (a `SweepGate`): a cap on the calls of the whole sweep,
 * a cap on the request rate, and a pause for as long as a `Retry-After` asks (the sweep stops when it
 * asks for longer than `maxPauseMs`).
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { asOneRun } from '../model/runs.js';
import type { SweepCall } from '../model/target-sweep.js';
import type { CompletedResult, ErroredResult, SweepFigures } from '../results/schema.js';
import { computeStats } from '../stats/summary.js';

export type { SweepCall };


/** Sends one call to `url`; resolves with its status and Retry-After, or rejects (no answer). */
export type SendCall = (url: string) => Promise<{ status: number; retryAfterS: number | null }>;

/** Sorts a failed call's error into the kinds the diagnosis reads. */
export function errorKind(error: unknown): NonNullable<SweepCall['error']> {
  const e = error as { code?: string; name?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code ?? '';
  if (code === 'ASYNCBENCH_ERR_CALL_TIMEOUT' || e.name === 'CallTimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return 'timeout';
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'reset';
  if (code === 'ECONNREFUSED') return 'refused';
  return 'other';
}

/** The sweep's shared limits: total calls, rate, Retry-After pauses. */
export interface SweepGate {
  /** Waits for the next send slot; false when the call cap is spent, the sweep must stop, or `signal` aborted. */
  admit(signal: AbortSignal): Promise<boolean>;
  /** A Retry-After of `seconds` came back: no call is sent before it has passed. */
  retryAfter(seconds: number): void;
  /** Why the sweep stopped early, or null. */
  stopped(): string | null;
  /** Calls admitted so far. */
  sent(): number;
}

export interface SweepGateOptions {
  maxRequests: number;
  /** Requests per second over all callers; null: no cap. */
  maxRate: number | null;
  /** A Retry-After longer than this stops the sweep instead of pausing it. @default 60000 */
  maxPauseMs?: number;
  /** @default performance.now */
  now?: () => number;
  /** @default timers/promises setTimeout */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export function createSweepGate(options: SweepGateOptions): SweepGate {
  const now = options.now ?? (() => performance.now());
  const wait = options.wait ?? ((ms: number, signal: AbortSignal) => sleep(ms, undefined, { signal }).catch(() => undefined));
  const maxPauseMs = options.maxPauseMs ?? 60_000;
  const interval = options.maxRate ? 1000 / options.maxRate : 0;
  let nextSlot = 0;
  let pausedUntil = 0;
  let sent = 0;
  let stop: string | null = null;
  return {
    async admit(signal) {
      if (stop !== null || signal.aborted) return false;
      if (sent >= options.maxRequests) {
        stop = `stopped at the request cap: ${options.maxRequests} calls (--max-requests)`;
        return false;
      }
      sent++;
      const t = now();
      const slot = Math.max(t, nextSlot, pausedUntil);
      nextSlot = slot + interval;
      if (slot > t) await wait(slot - t, signal);
      return !signal.aborted && stop === null;
    },
    retryAfter(seconds) {
      const ms = seconds * 1000;
      if (ms > maxPauseMs) {
        stop ??= `stopped: the server asked to wait ${seconds} s (Retry-After), longer than ${maxPauseMs / 1000} s`;
        return;
      }
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    stopped: () => stop,
    sent: () => sent,
  };
}

export interface SweepPointSpec {
  urls: readonly string[];
  inFlight: number;
  batches: number;
  perBatch: number;
  send: SendCall;
  gate: SweepGate;
  signal: AbortSignal;
}

/** A point's batches: their wall times and calls (fewer than asked when the sweep was stopped). */
export interface SweepPointOutcome {
  /** Wall time of each whole batch (ms). */
  batchMs: number[];
  /** Calls each whole batch made. */
  batchCalls: number[];
  calls: SweepCall[];
  /** The batches stopped short: the cap, a long Retry-After, or Ctrl-C. */
  cut: boolean;
}

/** Runs one point. */
export async function runSweepPoint(spec: SweepPointSpec): Promise<SweepPointOutcome> {
  const out: SweepPointOutcome = { batchMs: [], batchCalls: [], calls: [], cut: false };
  let next = 0;
  for (let b = 0; b < spec.batches && !out.cut; b++) {
    let started = 0;
    let finished = 0;
    const calls: SweepCall[] = [];
    const t0 = performance.now();
    const caller = async (): Promise<void> => {
      while (started < spec.perBatch) {
        started++;
        if (!(await spec.gate.admit(spec.signal))) {
          out.cut = true;
          return;
        }
        const firstWave = finished === 0;
        const url = spec.urls[next++ % spec.urls.length] ?? '';
        const s = performance.now();
        try {
          const { status, retryAfterS } = await spec.send(url);
          calls.push({ latencyMs: performance.now() - s, status, error: null, retryAfterS, firstWave });
          if (retryAfterS !== null && (status === 429 || status === 503)) spec.gate.retryAfter(retryAfterS);
        } catch (error) {
          calls.push({ latencyMs: performance.now() - s, status: null, error: errorKind(error), retryAfterS: null, firstWave });
        }
        finished++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(spec.inFlight, spec.perBatch) }, caller));
    out.calls.push(...calls);
    if (!out.cut) {
      out.batchMs.push(performance.now() - t0);
      out.batchCalls.push(calls.length);
    }
  }
  return out;
}

/** What names a sweep point's result. */
export interface SweepNamed {
  strategy: 'sequential' | 'bounded' | 'concurrent';
  point: Record<string, number>;
  params: Record<string, number | string>;
}

/**
 * The result of one point: throughput per whole batch (req/s, bigger is better) against Little's law
 * for a server that never queues (k calls in flight, each taking one call alone's latency), and the
 * sweep's figures. Calls without a 2xx answer count as task errors.
 */
export function sweepResult(named: SweepNamed, outcome: SweepPointOutcome, figures: SweepFigures, ideal: { reqPerS: number; formula: string }): CompletedResult | ErroredResult {
  const samples = outcome.batchMs.map((ms, i) => (ms > 0 ? ((outcome.batchCalls[i] ?? 0) * 1000) / ms : 0));
  const base = { workload: 'io' as const, strategy: named.strategy, point: named.point, params: named.params };
  if (samples.length === 0) return { ...base, state: 'errored', error: { name: 'Error', message: 'no whole batch ran at this point (the sweep was stopped)' } };
  const stats = computeStats(samples);
  const failed = outcome.calls.filter((c) => c.status === null || c.status < 200 || c.status > 299).length;
  return asOneRun({
    ...base,
    state: 'completed',
    unit: 'req/s',
    better: 'bigger',
    samples,
    stats,
    ideal: ideal.reqPerS,
    idealFormula: ideal.formula,
    // Filled in against the k = 1 point (src/model/derive.ts) when the suite is done.
    speedup: null,
    efficiency: ideal.reqPerS > 0 ? stats.median / ideal.reqPerS : 0,
    eventLoopDelay: null,
    taskErrors: failed,
    sweep: figures,
  });
}
