/**
 * target suite (runs with `--target`): how far concurrency pays against the user's own endpoint, and
 * why it stops. Sweeps the calls in flight, k = 1, 2, 4, ... up to N (--tasks), plus N itself: at
 * each k, `batches` batches of max(4k, 40) calls through k callers, each call timed from before its
 * request to its body's end. k = 1 is one call at a time (`sequential`, the reference of every
 * speedup), N is `concurrent`, the rest `bounded`. The verdicts, the knee and the reasons are
 * src/model/target-sweep.ts's.
 *
 * Safety: every call of the sweep counts against --max-requests, sends are spaced to --max-rate, a
 * Retry-After pauses every caller (one longer than a minute stops the sweep), and a point where more
 * than half the calls failed ends it. Each ends with one line saying why. Ctrl-C keeps the points
 * measured so far.
 */
import { performance } from 'node:perf_hooks';
import { createSweepGate, runSweepPoint, sweepResult } from '../src/measure/sweep.js';
import type { PresetName } from '../src/measure/options.js';
import type { SuiteContext, SuiteDefinition } from '../src/measure/suite.js';
import { sweepFigures, targetClaims } from '../src/model/target-sweep.js';
import { createIoAgent, sendIoCall } from '../src/workloads/io.js';

/** Batches per point. */
const BATCHES: Record<PresetName, number> = { quick: 3, standard: 5, thorough: 10 };
/** In-flight sweep ends at N = --tasks, or the io suite's preset N. */
const TOP_K: Record<PresetName, number> = { quick: 20, standard: 100, thorough: 200 };
/** Calls one at a time before the sweep, untimed (they count against --max-requests). */
const WARMUP_CALLS = 10;
/** A point where more than this share of calls failed ends the sweep. */
export const STOP_ERROR_SHARE = 0.5;

/** The defaults of the sweep's caps: modest against somebody else's server, free on this machine. */
export const SWEEP_CAPS = {
  loopback: { maxRequests: 5000, maxRate: null },
  remote: { maxRequests: 500, maxRate: 20 },
} as const;

/** k = 1, 2, 4, ... below `n`, then n. */
export function sweepKs(n: number): number[] {
  const ks: number[] = [];
  for (let k = 1; k < n; k *= 2) ks.push(k);
  ks.push(n);
  return ks;
}

const perBatchOf = (k: number) => Math.max(4 * k, 40);

function plan(ctx: Pick<SuiteContext, 'preset' | 'options'>) {
  const n = ctx.options.tasks ?? TOP_K[ctx.preset];
  const remote = ctx.options.allowRemote;
  const caps = remote ? SWEEP_CAPS.remote : SWEEP_CAPS.loopback;
  return {
    ks: sweepKs(n),
    batches: BATCHES[ctx.preset],
    maxRequests: ctx.options.maxRequests ?? caps.maxRequests,
    maxRate: ctx.options.maxRate ?? caps.maxRate,
  };
}

export const targetSweepSuite: SuiteDefinition = {
  name: 'target',
  title: 'Your endpoint (--target): throughput and latency against the calls in flight, the knee, and why',
  params(ctx) {
    const p = plan(ctx);
    return {
      target: ctx.options.target,
      method: ctx.options.method,
      headerNames: ctx.options.headerNames,
      bodyBytes: ctx.options.bodyBytes,
      timeoutMs: ctx.options.timeoutMs,
      inFlight: p.ks,
      batches: p.batches,
      callsPerBatch: 'max(4k, 40)',
      maxRequests: p.maxRequests,
      maxRate: p.maxRate,
    };
  },
  async run(ctx) {
    const target = ctx.servers.target;
    if (!target) {
      ctx.emit({ type: 'warning', message: 'target suite skipped: it needs --target URL' });
      return;
    }
    const p = plan(ctx);
    const gate = createSweepGate({ maxRequests: p.maxRequests, maxRate: p.maxRate });
    // Untimed, through the gate: the client's JIT and the first connections, before k = 1 is timed.
    const warm = createIoAgent(1);
    for (let i = 0; i < WARMUP_CALLS && !ctx.signal.aborted; i++) {
      if (!(await gate.admit(ctx.signal))) break;
      await sendIoCall(target.urls[i % target.urls.length] ?? '', warm, target.request).catch(() => undefined);
    }
    await warm.close();
    let baseMs = 0;
    for (const k of p.ks) {
      if (ctx.signal.aborted || gate.stopped()) break;
      const strategy = k === 1 ? 'sequential' : k === p.ks.at(-1) ? 'concurrent' : 'bounded';
      const label = `k=${k} in flight`;
      ctx.emit({ type: 'measure-start', suite: 'target', label });
      const agent = createIoAgent(k);
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      const outcome = await runSweepPoint({
        urls: target.urls,
        inFlight: k,
        batches: p.batches,
        perBatch: perBatchOf(k),
        send: (url) => sendIoCall(url, agent, target.request),
        gate,
        signal: ctx.signal,
      });
      const used = process.cpuUsage(cpu);
      const wallMs = performance.now() - t0;
      await agent.close();
      // A point cut off before one whole batch (Ctrl-C, a cap) is not a measurement: nothing is recorded.
      if (ctx.signal.aborted || outcome.batchMs.length === 0) break;
      const answered = outcome.calls.filter((c) => c.status !== null).map((c) => c.latencyMs).sort((a, b) => a - b);
      if (k === 1) baseMs = answered[Math.floor(answered.length / 2)] ?? 0;
      const figures = sweepFigures(k, outcome.calls, baseMs, wallMs > 0 ? (used.user + used.system) / 1000 / wallMs : 0, perBatchOf(k));
      const ideal = { reqPerS: baseMs > 0 ? (k * 1000) / baseMs : 0, formula: `k*1000/d1 = ${k}*1000/${baseMs.toFixed(2)}` };
      const result = sweepResult({ strategy, point: k === 1 ? {} : { inFlight: k }, params: { inFlight: k, perBatch: perBatchOf(k), batches: p.batches } }, outcome, figures, ideal);
      ctx.record(result);
      ctx.emit({ type: 'measure-end', suite: 'target', label, result });
      // sweepResult counted the calls without a 2xx answer as task errors, over all of outcome.calls.
      const failed = result.state === 'completed' ? result.taskErrors : 0;
      if (outcome.calls.length > 0 && failed / outcome.calls.length > STOP_ERROR_SHARE) {
        ctx.emit({ type: 'warning', message: `target sweep stopped after k = ${k}: ${failed} of ${outcome.calls.length} calls failed (more than ${STOP_ERROR_SHARE * 100}%)` });
        break;
      }
    }
    const stopped = gate.stopped();
    if (stopped) ctx.emit({ type: 'warning', message: `target sweep ${stopped}` });
  },
  claims(suite) {
    return targetClaims(suite);
  },
};
