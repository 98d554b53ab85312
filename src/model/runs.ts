/**
 * Several runs in one results file (`bench --runs R`, compare:refs): each run of a suite is measured
 * on its own, then the runs are merged here, result by result. A merged result keeps every run in
 * `runs` (what compare tests: the run is the statistical unit) and its top-level figures are those
 * of all runs together (what the report and the claims read):
 *
 * - samples: every run's, run after run; stats, efficiency and speedup from them;
 * - eventLoopDelay: each figure the median over the runs; otherCpu: the largest; capacity: see mergeCapacity; taskErrors: the sum;
 *   poolStartupMs and busyCores: the median; resources: each figure the largest;
 * - load: the figures of the run whose throughput is the (lower) median of the runs';
 * - sweep (target suite): the figures of the run whose median throughput is the (lower) median of the runs'.
 *
 * Run numbers: the runs of the first part keep theirs; each later part's are shifted past the
 * largest number seen before it, so one number names one run across every result of a suite.
 */
import type { Capacity, CompletedResult, EventLoopDelay, Result, RunPart, Suite } from '../results/schema.js';
import { resultKey } from '../results/schema.js';
import { computeStats, quantileSorted, sorted } from '../stats/summary.js';
import { applySpeedups } from './derive.js';

const median = (values: readonly number[]): number => quantileSorted(sorted(values), 0.5);

/** The item whose `value` is the lower median: with an even count, one that was measured, not an average of two. */
function atLowerMedian<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  const by = [...items].sort((a, b) => value(a) - value(b));
  return by[Math.floor((by.length - 1) / 2)];
}

/** The median of each figure over the runs that measured the event-loop delay; null when none did. */
function medianDelay(parts: readonly RunPart[]): EventLoopDelay | null {
  const delays = parts.map((p) => p.eventLoopDelay).filter((d): d is EventLoopDelay => d !== null);
  if (delays.length === 0) return null;
  if (delays.length === 1) return delays[0] as EventLoopDelay;
  const of = (k: keyof EventLoopDelay) => median(delays.map((d) => d[k]));
  return { p50: of('p50'), p99: of('p99'), max: of('max'), mean: of('mean') };
}

/** A result measured once: its `runs`, the one run made of its own figures. */
export function asOneRun(result: Omit<CompletedResult, 'runs'>): CompletedResult {
  const run: RunPart = {
    run: 1,
    samples: result.samples,
    median: result.stats.median,
    speedup: result.speedup,
    efficiency: result.efficiency,
    eventLoopDelay: result.eventLoopDelay,
    ...(result.otherCpu !== undefined ? { otherCpu: result.otherCpu } : {}),
    ...(result.capacity !== undefined ? { capacity: result.capacity } : {}),
    ...(result.busyCores !== undefined ? { busyCores: result.busyCores } : {}),
    taskErrors: result.taskErrors,
    ...(result.load !== undefined ? { load: result.load } : {}),
    ...(result.resources !== undefined ? { resources: result.resources } : {}),
  };
  return { ...result, runs: [run] };
}

/** The top-level figures of a completed result recomputed from its runs (speedups are filled later). */
export function fromRuns(head: CompletedResult, runs: readonly RunPart[], poolStartups: readonly number[] = []): CompletedResult {
  const samples = runs.flatMap((p) => p.samples);
  const stats = computeStats(samples);
  const others = runs.map((p) => p.otherCpu).filter((c): c is number => c !== undefined);
  const medianLoad = atLowerMedian(runs.filter((p) => p.load !== undefined), (p) => p.load?.requestsPerSecond ?? 0)?.load;
  const used = runs.map((p) => p.resources).filter((u) => u !== undefined);
  const capacity = mergeCapacity(runs.map((p) => p.capacity).filter((c): c is Capacity => c !== undefined));
  const busy = runs.map((p) => p.busyCores).filter((b): b is number => b !== undefined);
  const { otherCpu: _o, load: _l, poolStartupMs: _p, resources: _u, capacity: _c, freeIdeal: _f, busyCores: _b, ...rest } = head;
  return {
    ...rest,
    samples,
    stats,
    speedup: null,
    efficiency: efficiencyOf(head, stats.median, medianLoad?.requestsPerSecond),
    eventLoopDelay: medianDelay(runs),
    ...(others.length > 0 ? { otherCpu: Math.max(...others) } : {}),
    ...(capacity ? { capacity } : {}),
    ...(busy.length > 0 ? { busyCores: median(busy) } : {}),
    taskErrors: runs.reduce((sum, p) => sum + p.taskErrors, 0),
    ...(poolStartups.length > 0 ? { poolStartupMs: median(poolStartups) } : {}),
    ...(medianLoad ? { load: medianLoad } : {}),
    ...(used.length > 0
      ? {
          resources: {
            socketsInUsePeak: Math.max(...used.map((u) => u.socketsInUsePeak)),
            rssPeakBytes: Math.max(...used.map((u) => u.rssPeakBytes)),
          },
        }
      : {}),
    runs: [...runs],
  };
}

/** The runs' capacity as one (see the schema's `capacity`): undefined when no run recorded it. */
export function mergeCapacity(parts: readonly Capacity[]): Capacity | undefined {
  const first = parts[0];
  if (!first || parts.length === 1) return first;
  const other = Math.max(...parts.map((c) => c.otherCpu));
  const waits = parts.map((c) => c.waitingThreads).filter((w): w is number => w !== null);
  // The same rule as capacityOf (src/measure/capacity.ts): under a quota, what is left of the CPUs, capped at the quota.
  const onCpus = first.onCpus ?? first.cores;
  return {
    cores: first.cores,
    ...(first.onCpus !== undefined ? { onCpus: first.onCpus } : {}),
    otherCpu: other,
    otherCpuLow: Math.min(...parts.map((c) => c.otherCpuLow)),
    otherCpuHigh: Math.max(...parts.map((c) => c.otherCpuHigh)),
    freeCores: Math.max(0, Math.min(first.cores, onCpus - other)),
    ownCpu: median(parts.map((c) => c.ownCpu)),
    waitingThreads: waits.length > 0 ? Math.max(...waits) : null,
    windowMs: parts.reduce((sum, c) => sum + c.windowMs, 0),
  };
}

/** ideal / median for times; measured / ideal for throughput, the measured rate being the median run's. */
function efficiencyOf(head: CompletedResult, pooledMedian: number, rate: number | undefined): number {
  if (head.unit === 'ms') return pooledMedian > 0 ? head.ideal / pooledMedian : 0;
  return head.ideal > 0 ? (rate ?? pooledMedian) / head.ideal : 0;
}

/** The largest run number in a suite's results (0 when none). */
function lastRun(suite: Suite): number {
  let last = 0;
  for (const r of suite.results) if (r.state === 'completed') for (const p of r.runs) last = Math.max(last, p.run);
  return last;
}

/** One result from its parts (already renumbered): completed ones merged; errored only when none completed. */
function mergeResult(parts: readonly Result[]): Result {
  const completed = parts.filter((p): p is CompletedResult => p.state === 'completed');
  const head = completed[0];
  if (!head) return parts[0] as Result;
  if (completed.length === 1) return head;
  const startups = completed.map((p) => p.poolStartupMs).filter((v): v is number => v !== undefined);
  const merged = fromRuns(head, completed.flatMap((p) => p.runs), startups);
  // A run's sweep figures are not in its RunPart: they are the part's, and the part's median its throughput.
  const sweep = atLowerMedian(completed.filter((p) => p.sweep !== undefined), (p) => p.stats.median)?.sweep;
  const firstError = completed.find((p) => p.firstTaskError)?.firstTaskError;
  return { ...merged, ...(sweep ? { sweep } : {}), ...(firstError ? { firstTaskError: firstError } : {}) };
}

/**
 * Merges parts of one suite (its runs, in run order; each part may itself hold several runs) into
 * one suite: results by key in first-seen order, runs renumbered, speedups recomputed (the overall
 * one from all runs' samples, each run's from the reference's same run).
 */
export function mergeSuiteRuns(parts: readonly Suite[]): Suite {
  const first = parts[0];
  if (!first) throw new RangeError('mergeSuiteRuns needs at least one part');
  if (parts.length === 1) return first;
  const keys: string[] = [];
  const byKey = new Map<string, Result[]>();
  let offset = 0;
  for (const part of parts) {
    for (const r of part.results) {
      const key = resultKey(part.name, r);
      if (!byKey.has(key)) {
        keys.push(key);
        byKey.set(key, []);
      }
      const shifted: Result = r.state === 'completed' ? { ...r, runs: r.runs.map((p) => ({ ...p, run: p.run + offset })) } : r;
      byKey.get(key)?.push(shifted);
    }
    offset += lastRun(part);
  }
  const states = parts.map((p) => p.state);
  const errors = parts.map((p) => p.error).filter((e) => e !== undefined);
  return {
    ...first,
    state: states.every((s) => s === 'completed') ? 'completed' : states.includes('errored') ? 'errored' : 'interrupted',
    ...(errors[0] ? { error: errors[0] } : {}),
    durationMs: parts.reduce((sum, p) => sum + p.durationMs, 0),
    results: applySpeedups(keys.map((key) => mergeResult(byKey.get(key) ?? []))),
  };
}

/** Merges the suites of several runs by name, in first-seen order (see mergeSuiteRuns). */
export function mergeRunSuites(runs: readonly (readonly Suite[])[]): Suite[] {
  const order: string[] = [];
  const byName = new Map<string, Suite[]>();
  for (const run of runs) {
    for (const s of run) {
      if (!byName.has(s.name)) {
        order.push(s.name);
        byName.set(s.name, []);
      }
      byName.get(s.name)?.push(s);
    }
  }
  return order.map((name) => mergeSuiteRuns(byName.get(name) ?? []));
}
