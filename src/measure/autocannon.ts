/**
 * One load point with autocannon: C connections against one URL for a warm-up plus a measured
 * window, in this process (the servers run in another, so the load generator never steals their
 * event loop).
 *
 * Warm-up and measurement are one autocannon run: the first `warmupS` seconds are dropped, so the
 * measured window starts with connections open and queues in their steady state. A separate
 * warm-up run would close its connections and start the measured run cold, and a CPU server would
 * first have to work off the orphaned requests of the warm-up. autocannon aggregates over its whole
 * run and exposes no per-second counts, so a `WindowTracker` listens to its `response` and
 * `reqError` events and keeps, for the measured window only, the completed 2xx responses of every
 * whole second (the samples) and their latencies. Turning autocannon's result and that window into
 * `LoadFigures` is the pure `toLoadPoint`.
 */
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { serializeError } from '../errors.js';
import type { LoadFigures } from '../results/schema.js';
import { quantileSorted } from '../stats/summary.js';

/** The fields of autocannon's result this module reads (a hand-built object in tests). */
export interface AutocannonSummary {
  /** Seconds the run took, warm-up included. */
  duration: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number; sent: number };
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
}

/** What the tracker kept of the measured window. */
export interface LoadWindow {
  /** 2xx responses completed in each whole second of the window, in order. */
  perSecond: number[];
  /** Latency of each 2xx response completed in the window (ms), any order. */
  latenciesMs: number[];
  /**
   * 2xx responses each connection completed in the window, one entry per connection (those that
   * completed none included, when the tracker knows how many there were).
   */
  perConnection?: number[];
  /**
   * How long, inside the window, each connection's request still in flight at its close had waited
   * (ms): since its last answer or the window's start, whichever is later. These requests did not
   * finish in the window, but they waited in it: Little's law counts them too.
   */
  unfinishedAgesMs?: number[];
  /** First request error seen in the whole run, for the report. */
  firstError?: { name: string; message: string; code?: string };
}

export interface LoadMeta {
  model: 'closed' | 'open';
  connections: number;
  rate: number | null;
}

/** A measured load point: its figures and its samples (req/s, one per second of the window). */
export interface LoadPoint {
  figures: LoadFigures;
  samples: number[];
}

/**
 * The figures of one point, from autocannon's result and the measured window:
 * - `requestsPerSecond`, `requests`, `durationS` and `latency` come from the window (whole seconds
 *   after the warm-up), so a slow first second or a cold queue never counts;
 * - `errors`, `timeouts` and `non2xx` are autocannon's counts over the whole run, warm-up
 *   included: an error is an error whenever it happened.
 * When the window holds no response, latency falls back to autocannon's (whole run).
 */
export function toLoadPoint(result: AutocannonSummary, window: LoadWindow, meta: LoadMeta): LoadPoint {
  const samples = [...window.perSecond];
  const requests = samples.reduce((a, b) => a + b, 0);
  const durationS = samples.length;
  const asc = [...window.latenciesMs].sort((a, b) => a - b);
  const unfinished = window.unfinishedAgesMs ?? [];
  const latency =
    asc.length > 0
      ? {
          p50: quantileSorted(asc, 0.5),
          p90: quantileSorted(asc, 0.9),
          p99: quantileSorted(asc, 0.99),
          max: asc[asc.length - 1] as number,
          mean: asc.reduce((a, b) => a + b, 0) / asc.length,
        }
      : { ...result.latency };
  const waits = window.latenciesMs.length + unfinished.length;
  const waited =
    window.latenciesMs.length > 0 && unfinished.length > 0
      ? {
          // Completed latencies and the unfinished requests' waits in the window together: a starved
          // connection's request counts for the whole window, not as nothing (Little's law's mean wait).
          meanWithUnfinishedMs: (window.latenciesMs.reduce((a, b) => a + b, 0) + unfinished.reduce((a, b) => a + b, 0)) / waits,
          unfinished: unfinished.length,
          maxUnfinishedAgeMs: Math.max(...unfinished),
        }
      : {};
  return {
    samples,
    figures: {
      model: meta.model,
      connections: meta.connections,
      rate: meta.rate,
      durationS,
      requestsPerSecond: durationS > 0 ? requests / durationS : 0,
      latency: { ...latency, ...waited },
      ...(window.perConnection && window.perConnection.length > 0 ? { fairness: fairnessOf(window.perConnection) } : {}),
      requests,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    },
  };
}

/** A connection counts as starved below this share of its fair share (completions / connections). */
export const STARVED_SHARE = 0.5;

/** How evenly the window's answers were spread over the connections. */
export function fairnessOf(perConnection: readonly number[]): NonNullable<LoadFigures['fairness']> {
  const total = perConnection.reduce((a, b) => a + b, 0);
  const fair = total / perConnection.length;
  const starved = perConnection.filter((n) => n < STARVED_SHARE * fair).length;
  return {
    connections: perConnection.length,
    minPerConnection: Math.min(...perConnection),
    maxPerConnection: Math.max(...perConnection),
    starvedShare: starved / perConnection.length,
  };
}

/**
 * Collects the measured window from autocannon's events. Times are ms on one clock; the window is
 * [start + warmup, start + warmup + whole seconds), and only whole seconds are kept.
 */
export class WindowTracker {
  private readonly counts: number[];
  private readonly latencies: number[] = [];
  private readonly windowEndMs: number;
  /** Per connection (autocannon's client object): its last answer before the window closed, and its 2xx answers in the window. */
  private readonly clients = new Map<object, { lastAtMs: number; inWindow: number }>();
  private firstError: LoadWindow['firstError'];

  /** @param connections how many connections the run has, so those never answered are counted too */
  constructor(
    private readonly windowStartMs: number,
    seconds: number,
    private readonly connections = 0,
  ) {
    this.counts = Array.from({ length: Math.max(0, Math.floor(seconds)) }, () => 0);
    this.windowEndMs = windowStartMs + this.counts.length * 1000;
  }

  /** A response arrived at `atMs` after `latencyMs`, on connection `client` when known. */
  response(statusCode: number, latencyMs: number, atMs: number, client?: object): void {
    const second = Math.floor((atMs - this.windowStartMs) / 1000);
    const inWindow = second >= 0 && second < this.counts.length;
    const ok = statusCode >= 200 && statusCode < 300;
    if (client && atMs < this.windowEndMs) {
      const seen = this.clients.get(client) ?? { lastAtMs: atMs, inWindow: 0 };
      seen.lastAtMs = atMs;
      if (ok && inWindow) seen.inWindow++;
      this.clients.set(client, seen);
    }
    if (!ok || !inWindow) return;
    this.counts[second] = (this.counts[second] ?? 0) + 1;
    this.latencies.push(latencyMs);
  }

  error(error: unknown): void {
    this.firstError ??= serializeError(error);
  }

  window(): LoadWindow {
    const base = { perSecond: [...this.counts], latenciesMs: [...this.latencies], ...(this.firstError ? { firstError: this.firstError } : {}) };
    if (this.clients.size === 0 && this.connections === 0) return base;
    const seen = [...this.clients.values()];
    const never = Math.max(0, this.connections - seen.length);
    return {
      ...base,
      perConnection: [...seen.map((c) => c.inWindow), ...Array.from({ length: never }, () => 0)],
      unfinishedAgesMs: [
        ...seen.map((c) => this.windowEndMs - Math.max(c.lastAtMs, this.windowStartMs)),
        ...Array.from({ length: never }, () => this.windowEndMs - this.windowStartMs),
      ],
    };
  }
}

export interface LoadPointSpec {
  url: string;
  connections: number;
  /** Seconds of load before the window (dropped). */
  warmupS: number;
  /** Whole seconds measured. */
  durationS: number;
  /** Open model: requests per second over all connections; null = closed model. */
  rate: number | null;
  /** Seconds before autocannon gives up on one request. @default 10 */
  timeoutS?: number;
  signal: AbortSignal;
}

export type LoadOutcome =
  | (LoadPoint & { state: 'completed'; firstError?: LoadWindow['firstError'] })
  | { state: 'errored'; error: { name: string; message: string; code?: string } }
  | { state: 'aborted' };

/**
 * autocannon checks its stop flag once per sample interval; 100 ms (its default is 1 s) lets a
 * point end within 0.1 s of its time or of Ctrl-C. Its own per-interval histogram is not used.
 */
const SAMPLE_INTERVAL_MS = 100;

/** Runs one load point. Never throws: a failed point is `errored` with the reason. */
export async function runLoadPoint(spec: LoadPointSpec): Promise<LoadOutcome> {
  if (spec.signal.aborted) return { state: 'aborted' };
  const meta: LoadMeta = { model: spec.rate === null ? 'closed' : 'open', connections: spec.connections, rate: spec.rate };
  const started = performance.now();
  // Closed model only: there each connection always has one request in flight, so its wait at the
  // window's close is known. In the open model a connection may be idle, waiting for its next send.
  const tracker =
    spec.rate === null
      ? new WindowTracker(started + spec.warmupS * 1000, spec.durationS, spec.connections)
      : new WindowTracker(started + spec.warmupS * 1000, spec.durationS);
  let instance: autocannon.Instance | undefined;
  const onAbort = () => instance?.stop();
  try {
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: spec.url,
          connections: spec.connections,
          duration: spec.warmupS + spec.durationS,
          sampleInt: SAMPLE_INTERVAL_MS,
          timeout: spec.timeoutS ?? 10,
          ...(spec.rate !== null ? { overallRate: spec.rate } : {}),
        },
        (error: unknown, res: autocannon.Result) => (error ? reject(error) : resolve(res)),
      );
      instance.on('response', (client, statusCode, _bytes, responseTime) => {
        tracker.response(statusCode, responseTime, performance.now(), spec.rate === null ? (client as object) : undefined);
      });
      instance.on('reqError', (error) => tracker.error(error));
      spec.signal.addEventListener('abort', onAbort, { once: true });
    });
    if (spec.signal.aborted) return { state: 'aborted' };
    const window = tracker.window();
    const point = toLoadPoint(result as unknown as AutocannonSummary, window, meta);
    if (point.figures.requests === 0) {
      const why = window.firstError ? `${window.firstError.name}: ${window.firstError.message}` : 'no error reported';
      return {
        state: 'errored',
        error: {
          name: 'LoadError',
          message: `no successful response in the measured window (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx; first: ${why})`,
          ...(window.firstError?.code ? { code: window.firstError.code } : {}),
        },
      };
    }
    return { state: 'completed', ...point, ...(window.firstError ? { firstError: window.firstError } : {}) };
  } catch (error) {
    return { state: 'errored', error: serializeError(error) };
  } finally {
    spec.signal.removeEventListener('abort', onAbort);
  }
}
