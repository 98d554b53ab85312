/**
 * Metric extraction: what compare measures in one results file. Each completed result gives up to
 * three metrics, each with per-sample values so the significance test and the interval have samples:
 *
 * - `time` (unit `ms` results): the raw batch times; value = median; smaller is better; absolute.
 * - `throughput` (unit `req/s` results): the raw per-second throughputs; value = median; bigger is
 *   better; absolute.
 * - `speedup` (time results with a speedup, and the target sweep's throughputs against its k = 1
 *   point, except the reference itself, sequential or sync, 1 by
 *   definition): speedup_i = R / sample_i, where R = speedup × median is the sequential median the run
 *   divided by; value = the recorded speedup; bigger is better; machine-independent. R is taken as
 *   fixed: its own noise is not in the test.
 * - `efficiency`: efficiency_i = ideal / sample_i for times, sample_i / ideal for throughput; value =
 *   the recorded efficiency; bigger is better. Not machine-independent: the ideal is the model's,
 *   from the nominal d and c, so for I/O and load it mirrors the absolute time (a slower loopback
 *   moves it as much as the time); gated only under `--gate all`.
 *
 * An extrapolated result (`extrapolated`: not run, its time scaled from a measured one) gives no
 * metric: it would only repeat its source's. The speedups of the results measured at its point are
 * against it, a ratio of two figures of the same run, and are compared.
 *
 * Each metric also has one value per run (`runs`): the run's median time or throughput, the run's
 * speedup (against the reference's same run), the run's efficiency. When a file holds several runs,
 * compare tests these: the runs are what varies between two benches, the batches of one run are not
 * independent of each other.
 */
import { isCrowded } from '../results/crowding.js';
import { isReferenceStrategy, referenceOf } from '../model/derive.js';
import { type CompletedResult, type Result, type ResultsFile, type RunPart, resultKey } from '../results/schema.js';

/** The metric names, in display order. */
export const METRIC_NAMES = ['speedup', 'efficiency', 'time', 'throughput'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/**
 * Metrics that are ratios of two measurements taken in the same run, so they survive a change of
 * machine: the speedup (the sequential reference / this). Efficiency is not one (see above).
 */
export const MACHINE_INDEPENDENT: readonly MetricName[] = ['speedup'];

/** One run's value of a metric. */
export interface RunValue {
  run: number;
  value: number;
  /** Measured while other processes held cores (a CPU result: see isCrowded). */
  crowded: boolean;
}

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
  /** Per-sample values the test runs on when each side holds one run. */
  samples: number[];
  /** One value per run, in run order: what the test runs on when a side holds several runs. */
  runs: RunValue[];
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

function metricsOfResult(suite: string, r: CompletedResult, siblings: readonly Result[], cores: number): Metric[] {
  const key = resultKey(suite, r);
  const base = { key, suite, workload: r.workload, strategy: r.strategy, point: { ...r.point } };
  // A speedup is a ratio to the sequential reference: crowding of either side moves it.
  const reference = referenceOf(siblings, r);
  const crowdedRun = (run: number, metric: MetricName): boolean => {
    const own = r.runs.find((p) => p.run === run);
    const ref = reference?.runs.find((p) => p.run === run);
    return (own !== undefined && isCrowded(own, r.workload, cores)) || (metric === 'speedup' && ref !== undefined && isCrowded(ref, r.workload, cores));
  };
  const perRun = (metric: MetricName, valueOf: (p: RunPart) => number | null): RunValue[] =>
    r.runs.flatMap((p) => {
      const value = valueOf(p);
      return value !== null && Number.isFinite(value) ? [{ run: p.run, value, crowded: crowdedRun(p.run, metric) }] : [];
    });
  const make = (metric: MetricName, unit: string, better: 'smaller' | 'bigger', value: number, samples: number[], runs: RunValue[]): Metric => ({
    id: `${key}:${metric}`,
    ...base,
    metric,
    unit,
    better,
    machineIndependent: MACHINE_INDEPENDENT.includes(metric),
    value,
    samples,
    runs,
    timeMedianMs: r.unit === 'ms' ? r.stats.median : null,
    crowded: runs.length > 0 ? runs.some((p) => p.crowded) : isCrowded(r, r.workload, cores),
  });
  const out: Metric[] = [];
  const samples = r.samples.filter((s) => Number.isFinite(s));
  if (samples.length === 0) return out;
  const isTime = r.unit === 'ms';
  // Speedup is defined on times only (the schema's "sequential median / this median").
  if (isTime && r.speedup !== null && Number.isFinite(r.speedup) && !isReferenceStrategy(r.strategy) && samples.every((s) => s > 0)) {
    // R = speedup × median recovers the sequential median without finding the reference result.
    const reference = r.speedup * r.stats.median;
    out.push(make('speedup', 'x', 'bigger', r.speedup, samples.map((s) => reference / s), perRun('speedup', (p) => p.speedup)));
  }
  // A throughput's speedup (the target sweep's, against its one-at-a-time point): this / the reference's.
  if (!isTime && r.speedup !== null && r.speedup > 0 && Number.isFinite(r.speedup) && !isReferenceStrategy(r.strategy)) {
    const reference = r.stats.median / r.speedup;
    out.push(make('speedup', 'x', 'bigger', r.speedup, samples.map((s) => s / reference), perRun('speedup', (p) => p.speedup)));
  }
  if (Number.isFinite(r.efficiency) && r.ideal > 0 && (!isTime || samples.every((s) => s > 0))) {
    const perSample = isTime ? samples.map((s) => r.ideal / s) : samples.map((s) => s / r.ideal);
    out.push(make('efficiency', 'x', 'bigger', r.efficiency, perSample, perRun('efficiency', (p) => p.efficiency)));
  }
  if (isTime) out.push(make('time', 'ms', 'smaller', r.stats.median, samples, perRun('time', (p) => p.median)));
  else out.push(make('throughput', 'req/s', 'bigger', r.stats.median, samples, perRun('throughput', (p) => p.median)));
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
      // Not measured (sequential at a large N of the scaling sweep: N x its one-call time), so not
      // compared as if it were; the speedups measured against it are.
      if (r.extrapolated) continue;
      for (const m of metricsOfResult(suite.name, r, suite.results, file.context.cpu.cores)) metrics.set(m.id, m);
    }
  }
  return { metrics, errored };
}
