/**
 * The target suite's verdicts: how far concurrency pays against the user's endpoint, where it stops
 * (the knee) and why, each reason decided from the sweep's data (bench/target-sweep.ts measures it).
 * Pure: figures of calls in, figures and claims out.
 */
import { formatNumber } from '../format.js';
import type { Claim, CompletedResult, Suite, SweepFigures } from '../results/schema.js';
import { quantileSorted, sorted } from '../stats/summary.js';
import { notMeasured, undecided } from './claim-kit.js';

/** What became of one call. */
export interface SweepCall {
  latencyMs: number;
  /** The status code, or null when no answer came. */
  status: number | null;
  /** Why no answer came: `timeout` (--timeout), `reset`, `refused`, or `other`; null when one came. */
  error: 'timeout' | 'reset' | 'refused' | 'other' | null;
  /** The answer's Retry-After in seconds (429, 503), or null. */
  retryAfterS: number | null;
  /** Sent before any call of its batch had finished: the first wave of connections. */
  firstWave: boolean;
}

/** The thresholds, in one place so the docs and the report can quote them. */
export const TARGET_RULES = {
  /** A doubling of k pays when it raises throughput by at least this share; the knee is the last k before one that does not. */
  doublingGain: 0.15,
  /** Concurrency pays when the best throughput is at least this multiple of one call at a time's. */
  paysFactor: 1.5,
  /**
   * A call took a SYN retransmit longer when it took 1 s (the kernel's first retry) or 3 s (the
   * second, 2 s later) more than one call at a time did, within these windows (ms of extra time).
   */
  synRetryWindowsMs: [
    [800, 1700],
    [2700, 3800],
  ] as ReadonlyArray<readonly [number, number]>,
  /** A point shows a backlog when at least this share of its calls took a SYN retransmit. */
  backlogShare: 0.05,
  /** A point has errors when at least this share of its calls got no answer. */
  errorShare: 0.05,
  /** Past the knee, throughput is flat when the largest k's is at most this multiple of the knee's... */
  flatFactor: 1.25,
  /** ...and latency grows linearly when the largest k's p50 is at least this share of (k ratio) x the knee's. */
  linearShare: 0.6,
  /** The client is the limit when the bench process used at least this many cores past the knee. */
  clientCpuCores: 0.85,
} as const;

/** Whether a call's extra time over one call at a time falls in a SYN retransmit's window. */
export function isSynRetry(latencyMs: number, baseMs: number): boolean {
  const extra = latencyMs - baseMs;
  return TARGET_RULES.synRetryWindowsMs.some(([low, high]) => extra >= low && extra < high);
}

/** The figures of one point from its calls; `baseMs` is one call at a time's median latency. */
export function sweepFigures(inFlight: number, calls: readonly SweepCall[], baseMs: number, clientCpu: number, perBatch: number): SweepFigures {
  const lat = sorted(calls.map((c) => c.latencyMs));
  const q = (p: number) => (lat.length > 0 ? quantileSorted(lat, p) : 0);
  const statusCodes: Record<string, number> = {};
  const errors = { timeout: 0, reset: 0, refused: 0, other: 0 };
  for (const c of calls) {
    if (c.status !== null) statusCodes[String(c.status)] = (statusCodes[String(c.status)] ?? 0) + 1;
    if (c.error) errors[c.error]++;
  }
  const histogram: SweepFigures['histogram'] = [];
  for (let upTo = 1; ; upTo *= 2) {
    const count = lat.filter((x) => x < upTo && x >= upTo / 2).length + (upTo === 1 ? lat.filter((x) => x < 0.5).length : 0);
    const rest = lat.filter((x) => x >= upTo).length;
    histogram.push({ upToMs: upTo, count });
    if (rest === 0 || upTo >= 65_536) {
      if (rest > 0) histogram.push({ upToMs: Number.POSITIVE_INFINITY, count: rest });
      break;
    }
  }
  const firstWaveFast: number[] = [];
  for (let start = 0; start < calls.length; start += perBatch) {
    const batch = calls.slice(start, start + perBatch).filter((c) => c.firstWave);
    if (batch.length > 0) firstWaveFast.push(batch.filter((c) => !isSynRetry(c.latencyMs, baseMs)).length);
  }
  const retry = calls.map((c) => c.retryAfterS).filter((s): s is number => s !== null);
  return {
    inFlight,
    calls: calls.length,
    statusCodes,
    errors,
    latency: { p50: q(0.5), p90: q(0.9), p99: q(0.99), max: lat.at(-1) ?? 0, mean: lat.length > 0 ? lat.reduce((a, b) => a + b, 0) / lat.length : 0 },
    histogram: histogram.map((h) => ({ ...h, upToMs: Number.isFinite(h.upToMs) ? h.upToMs : 1e9 })),
    synRetryCalls: calls.filter((c) => isSynRetry(c.latencyMs, baseMs)).length,
    firstWaveFast,
    retryAfterS: retry.length > 0 ? Math.max(...retry) : null,
    clientCpu: Math.round(clientCpu * 1000) / 1000,
  };
}

/** A point of the sweep as the rules read it. */
export interface SweepPoint {
  k: number;
  /** Median throughput over its batches (req/s). */
  rps: number;
  figures: SweepFigures;
}

/** The sweep's points, ascending k, from the target suite's results. */
export function sweepPoints(suite: Suite | undefined): SweepPoint[] {
  return (suite?.results ?? [])
    .filter((r): r is CompletedResult & { sweep: SweepFigures } => r.state === 'completed' && r.sweep !== undefined)
    .map((r) => ({ k: r.sweep.inFlight, rps: r.stats.median, figures: r.sweep }))
    .sort((a, b) => a.k - b.k);
}

/** The knee: the last k before a step up in k that raises throughput by less than doublingGain (per doubling); the largest k when every step pays. */
export function kneeOf(points: readonly SweepPoint[]): SweepPoint | undefined {
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as SweepPoint;
    const b = points[i + 1] as SweepPoint;
    // A step smaller than a doubling (16 -> 20) asks for its share of the gain.
    const doublings = Math.log2(b.k / a.k);
    if (b.rps < a.rps * (1 + TARGET_RULES.doublingGain) ** doublings) return a;
  }
  return points.at(-1);
}

const failedOf = (f: SweepFigures) => f.errors.timeout + f.errors.reset + f.errors.refused + f.errors.other;
const rateLimitedOf = (f: SweepFigures) => (f.statusCodes['429'] ?? 0) + (f.retryAfterS !== null ? (f.statusCodes['503'] ?? 0) : 0);
const median = (xs: readonly number[]) => (xs.length > 0 ? quantileSorted(sorted(xs), 0.5) : 0);

/** Why concurrency stops paying, each reason from the data; `none` when it scales to the largest k. */
export function diagnose(points: readonly SweepPoint[]): NonNullable<Claim['reasons']> {
  const r = TARGET_RULES;
  const one = points[0];
  const knee = kneeOf(points);
  const last = points.at(-1);
  if (!one || !knee || !last) return [];
  const reasons: NonNullable<Claim['reasons']> = [];
  const limited = points.filter((p) => rateLimitedOf(p.figures) > 0);
  if (limited[0]) {
    const n = limited.reduce((sum, p) => sum + rateLimitedOf(p.figures), 0);
    const after = Math.max(...limited.map((p) => p.figures.retryAfterS ?? 0));
    reasons.push({ kind: 'rate-limit', text: `rate limiting: ${n} answers 429 (or 503 with Retry-After) from k = ${limited[0].k}${after > 0 ? `, Retry-After up to ${formatNumber(after)} s (honoured)` : ''}` });
  }
  const failing = points.filter((p) => p.figures.calls > 0 && failedOf(p.figures) / p.figures.calls >= r.errorShare);
  if (failing[0]) {
    const f = failing[0].figures;
    reasons.push({
      kind: 'errors',
      text: `errors: from k = ${failing[0].k}, ${formatNumber((100 * failedOf(f)) / f.calls)}% of calls got no answer (timeouts ${f.errors.timeout}, resets ${f.errors.reset}, refused ${f.errors.refused}, other ${f.errors.other})`,
    });
  }
  const backlog = points.filter((p) => p.figures.calls > 0 && p.figures.synRetryCalls / p.figures.calls >= r.backlogShare);
  if (backlog[0] && one.figures.latency.p50 < 500) {
    const b = backlog[0];
    const accepts = Math.round(median(b.figures.firstWaveFast));
    reasons.push({
      kind: 'backlog',
      text:
        `a connection backlog: from k = ${b.k}, ${b.figures.synRetryCalls} of ${b.figures.calls} calls took about 1 s or 3 s longer than one alone ` +
        `(${formatNumber(one.figures.latency.p50)} ms): SYN retransmits after the server's listen queue was full; the server accepts about ${accepts} connections at once`,
    });
  }
  // A client that used a whole core past the knee measured itself: flat throughput and a latency that
  // grows with k are then its own queue, not the server's, so serialisation is not read from them.
  const past = points.filter((p) => p.k > knee.k);
  const clientLimited = past.length > 0 && past.every((p) => p.figures.clientCpu >= r.clientCpuCores);
  if (clientLimited) {
    reasons.push({
      kind: 'client-limit',
      text: `the client's own limit: past k = ${knee.k} the bench process used ${formatNumber(Math.min(...past.map((p) => p.figures.clientCpu)))}-${formatNumber(Math.max(...past.map((p) => p.figures.clientCpu)))} cores of CPU (one thread's worth), so the sweep measured asyncbench, not the server`,
    });
  }
  const flat = last.k > knee.k && last.rps <= knee.rps * r.flatFactor;
  const linear = last.figures.latency.p50 >= r.linearShare * (last.k / knee.k) * knee.figures.latency.p50;
  if (flat && linear && backlog.length === 0 && !clientLimited) {
    // Little's law: requests in the server = throughput x time each spends there (one call alone's latency).
    const inServer = (last.rps * one.figures.latency.p50) / 1000;
    reasons.push({
      kind: 'serialisation',
      text:
        `serialisation: throughput stays near ${formatNumber(last.rps)} req/s from k = ${knee.k} while latency grows with k ` +
        `(p50 ${formatNumber(knee.figures.latency.p50)} ms at k = ${knee.k}, ${formatNumber(last.figures.latency.p50)} ms at k = ${last.k}); by Little's law the server handles about ${formatNumber(inServer)} request${formatNumber(inServer) === '1' ? '' : 's'} at a time`,
    });
  }
  if (knee.k === last.k && reasons.length === 0) {
    reasons.push({ kind: 'none', text: `none: it scales to the largest k tried (k = ${last.k}: ${formatNumber(last.rps / one.rps)}x the throughput of one call at a time)` });
  } else if (reasons.length === 0) {
    reasons.push({ kind: 'unknown', text: `throughput stops growing at k = ${knee.k}; none of the causes asyncbench knows (backlog, serialisation, rate limiting, errors, its own CPU) fits the data` });
  }
  return reasons;
}

/** The target suite's claims: does concurrency pay against the endpoint, and how far. */
export function targetClaims(suite: Suite | undefined): Claim[] {
  const r = TARGET_RULES;
  const points = sweepPoints(suite);
  const pays = {
    id: 'target.concurrency-pays',
    suite: 'target',
    statement: 'Concurrency speeds up calls to this endpoint',
    rule: `the best throughput of the sweep >= ${r.paysFactor} x that of one call at a time (k = 1)`,
  };
  const far = {
    id: 'target.scales-to-largest-k',
    suite: 'target',
    statement: 'More calls in flight keep paying up to the largest k tried',
    rule:
      `every step up in k raises throughput by at least ${r.doublingGain * 100}% per doubling; the knee is the last k before one that does not. ` +
      'Why it stops is decided from the data: a backlog (calls about 1 s or 3 s late), serialisation (flat throughput, latency linear in k), rate limiting (429, 503 with Retry-After), errors, the client\'s own CPU',
  };
  const one = points[0];
  if (!one || points.length < 2 || one.k !== 1) {
    return [undecided(pays, notMeasured('a target sweep from k = 1 and one k >= 2', 'completed points')), undecided(far, notMeasured('a target sweep of two points or more', 'completed points'))];
  }
  const best = points.reduce((a, b) => (b.rps > a.rps ? b : a));
  const knee = kneeOf(points) as SweepPoint;
  const curve = points.map((p) => `k=${p.k}: ${formatNumber(p.rps)} req/s, p50 ${formatNumber(p.figures.latency.p50)} ms`).join('; ');
  const reasons = diagnose(points);
  return [
    {
      ...pays,
      holds: best.rps >= r.paysFactor * one.rps,
      evidence: `k=1: ${formatNumber(one.rps)} req/s; best k=${best.k}: ${formatNumber(best.rps)} req/s (${formatNumber(best.rps / one.rps)}x); the knee at k=${knee.k}`,
    },
    {
      ...far,
      holds: knee.k === (points.at(-1) as SweepPoint).k,
      evidence: `knee at k=${knee.k}; ${reasons.map((x) => x.text).join('; ')}; ${curve}`,
      reasons,
    },
  ];
}
