/**
 * Metric extraction: what compare measures in one results file. Each completed result gives up to
 * three metrics, each with per-sample values so the significance test and the interval have samples:
 *
 * - `time` (unit `ms` results): the raw batch times; value = median; smaller is better; absolute.
 * - `throughput` (unit `req/s` results): the raw per-second throughputs; value = median; bigger is
 *   better; absolute.
 * - `speedup` (time results with a speedup, except the sequential reference itself, which is 1 by
 *   definition): speedup_i = R / sample_i, where R = speedup × median is the sequential median the run
 *   divided by; value = the recorded speedup; bigger is better; machine-independent. R is taken as
 *   fixed: its own noise is not in the test.
 * - `efficiency`: efficiency_i = ideal / sample_i for times, sample_i / ideal for throughput; value =
 *   the recorded efficiency; bigger is better; machine-independent.
 */
import { isCrowded } from '../results/crowding.js';
import { referenceOf } from '../model/derive.js';
import { type CompletedResult, type Result, type ResultsFile, resultKey } from '../results/schema.js';

/** The metric names, in display order. */
export const METRIC_NAMES = ['speedup', 'efficiency', 'time', 'throughput'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Metrics that are ratios measured within one run, so they survive a change of machine. */
export const MACHINE_INDEPENDENT: readonly MetricName[] = ['speedup', 'efficiency'];

/** One metric of one result in one file. */
export interface Metric {
  /** `resultKey:metric`, e.g. `io/io/concurrent:speedup`: the name across files. */
  id: string;
  /** `resultKey()` of the result. */
  key: string;
  suite: string;
  workload: string;
  strategy: string;
  point: Record<string, number>;
  metric: MetricName;
  /** `ms`, `req/s`, or `x` (speedup and efficiency are ratios). */
  unit: string;
  better: 'smaller' | 'bigger';
  machineIndependent: boolean;
  /** The headline figure (see the module comment). */
  value: number;
  /** Per-sample values the test runs on. */
  samples: number[];
  /** Median batch time (ms) of the result behind the metric; null for throughput results. */
  timeMedianMs: number | null;
  /** Measured while other processes held cores (a CPU result: see isCrowded). */
  crowded: boolean;
}

/** A result that errored, by key, so compare can list it. */
export interface ErroredEntry {
  key: string;
  message: string;
}

function metricsOfResult(suite: string, r: CompletedResult, siblings: readonly Result[]): Metric[] {
  const key = resultKey(suite, r);
  const base = { key, suite, workload: r.workload, strategy: r.strategy, point: { ...r.point } };
  // A speedup is a ratio to the sequential reference: crowding of either side moves it.
  const reference = referenceOf(siblings, r);
  const make = (metric: MetricName, unit: string, better: 'smaller' | 'bigger', value: number, samples: number[]): Metric => ({
    id: `${key}:${metric}`,
    ...base,
    metric,
    unit,
    better,
    machineIndependent: MACHINE_INDEPENDENT.includes(metric),
    value,
    samples,
    timeMedianMs: r.unit === 'ms' ? r.stats.median : null,
    crowded: isCrowded(r) || (metric === 'speedup' && reference !== undefined && isCrowded(reference)),
  });
  const out: Metric[] = [];
  const samples = r.samples.filter((s) => Number.isFinite(s));
  if (samples.length === 0) return out;
  const isTime = r.unit === 'ms';
  // Speedup is defined on times only (the schema's "sequential median / this median").
  if (isTime && r.speedup !== null && Number.isFinite(r.speedup) && r.strategy !== 'sequential' && samples.every((s) => s > 0)) {
    // R = speedup × median recovers the sequential median without finding the reference result.
    const reference = r.speedup * r.stats.median;
    out.push(make('speedup', 'x', 'bigger', r.speedup, samples.map((s) => reference / s)));
  }
  if (Number.isFinite(r.efficiency) && r.ideal > 0 && (!isTime || samples.every((s) => s > 0))) {
    const perSample = isTime ? samples.map((s) => r.ideal / s) : samples.map((s) => s / r.ideal);
    out.push(make('efficiency', 'x', 'bigger', r.efficiency, perSample));
  }
  if (isTime) out.push(make('time', 'ms', 'smaller', r.stats.median, samples));
  else out.push(make('throughput', 'req/s', 'bigger', r.stats.median, samples));
  return out;
}

/** Every metric of a results file, keyed by id, plus the results that errored. */
export function extractMetrics(file: ResultsFile): { metrics: Map<string, Metric>; errored: ErroredEntry[] } {
  const metrics = new Map<string, Metric>();
  const errored: ErroredEntry[] = [];
  for (const suite of file.suites) {
    for (const r of suite.results) {
      if (r.state === 'errored') {
        errored.push({ key: resultKey(suite.name, r), message: r.error.message });
        continue;
      }
      for (const m of metricsOfResult(suite.name, r, suite.results)) metrics.set(m.id, m);
    }
  }
  return { metrics, errored };
}
