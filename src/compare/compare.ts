/**
 * compare(baseline, current, options): a pure function over two results files that returns plain
 * data: per metric present in both, the two values, the change, its CI, the Mann–Whitney p-value and
 * the verdict (see verdict.ts). Exporters and the CLI only read what it returns. The statistical unit
 * is the run whenever a side holds several (`bench --runs R`): each run's value of the metric is one
 * observation; a file of one run falls back to its samples.
 */
import type { ResultsFile } from '../results/schema.js';
import { type Testbed, testbedOf } from '../results/testbed.js';
import { ratioCi, shiftCi } from '../stats/hodges-lehmann.js';
import { mannWhitneyU, minimumPValue } from '../stats/mann-whitney.js';
import { crowdedCores } from '../results/crowding.js';
import { medianCi, quantileSorted, sorted } from '../stats/summary.js';
import { type ContextSummary, contextDifferences, summarizeContext } from './context.js';
import { type ErroredEntry, MACHINE_INDEPENDENT, METRIC_NAMES, type Metric, type MetricName, extractMetrics } from './metrics.js';
import { VERDICTS, type Verdict, ruleText, verdictOf } from './verdict.js';

/** Which metrics can fail the comparison: the machine-independent ratios, or all of them. */
export type Gate = 'machine-independent' | 'all';
export const GATES: readonly Gate[] = ['machine-independent', 'all'];

/** The options of compare(): the verdict rule's figures, the gate and the names of the two files. */
export interface CompareOptions {
  /** Significance level of the Mann–Whitney test. @default 0.01 */
  alpha: number;
  /** Smallest change, in percent, that counts as a regression or an improvement. @default 10 */
  threshold: number;
  /** Which metrics can fail the comparison: the speedup, or all (adds efficiency, time, throughput). @default 'machine-independent' */
  gate: Gate;
  /**
   * A change of the batch time behind a metric smaller than this (ms) is never regressed or
   * improved: it reads within-noise. The bench's timer (performance.now()) is finer than that, but
   * the I/O server answers through setTimeout, whose delay has 1 ms granularity and lands up to a
   * scheduler tick late, so a short batch (a 10 ms concurrent I/O batch) shifts by 1 to 2 ms between
   * identical runs: 10-20% of it. @default 2
   */
  noiseFloorMs: number;
  /** Names of the two files in outputs. @default { baseline: 'baseline', current: 'current' } */
  labels: { baseline: string; current: string };
  /**
   * The two runs may come from different testbeds (`--cross-machine`): the comparison is made and
   * printed, but nothing is gated, so it never fails. Without it the CLI refuses two testbeds
   * (exit 2, testbedMismatch()). @default false
   */
  crossMachine: boolean;
}

/** Defaults in one place. */
export const COMPARE_DEFAULTS: CompareOptions = {
  alpha: 0.01,
  threshold: 10,
  gate: 'machine-independent',
  noiseFloorMs: 2,
  labels: { baseline: 'baseline', current: 'current' },
  crossMachine: false,
};

/** The metrics a gate covers. */
function gatedMetrics(gate: Gate): MetricName[] {
  return gate === 'all' ? [...METRIC_NAMES] : [...MACHINE_INDEPENDENT];
}

/**
 * One side of a metric: the headline value and a CI of the median of the values tested (`level` is
 * the coverage the order statistics achieve for this n: below 0.95 under 6 values).
 */
export interface Side {
  value: number;
  /** How many values were tested, and what they are: one per run, or one per sample. */
  n: number;
  of: 'runs' | 'samples';
  ci: { low: number; high: number; level: number };
}

/** One metric present in both files: its two sides, the change, the test and the verdict. */
export interface MetricComparison extends Omit<Metric, 'value' | 'samples' | 'runs' | 'crowded'> {
  /** Measured while other processes held cores, in either run. */
  crowded: boolean;
  /** Whether this metric can fail the comparison under the chosen gate. */
  gated: boolean;
  baseline: Side;
  current: Side;
  /** (current / baseline - 1) × 100. */
  changePct: number;
  /** CI of the change in percent (`level` is the coverage achieved): Hodges–Lehmann on log values (a ratio), else on values. */
  changeCi: { lowPct: number; highPct: number; level: number; method: 'hodges-lehmann-ratio' | 'hodges-lehmann-shift' };
  /** Two-sided Mann–Whitney U p-value, and how it was computed. */
  p: number;
  test: 'exact' | 'normal';
  verdict: Verdict;
  /** Why the verdict is not what p and the change alone would give (noise floor, crowded run). */
  note?: string;
}

/** What compare() returns: plain data every exporter reads. */
export interface Comparison {
  /** The verdict rule in words, options filled in. */
  rule: string;
  options: CompareOptions;
  baseline: { label: string; context: ContextSummary; testbed: Testbed };
  current: { label: string; context: ContextSummary; testbed: Testbed };
  /** Context differences (CPU model, cores, Node major, OS, preset): absolute figures may not compare. */
  contextDifferences: string[];
  /** Metrics present in both files, in the baseline file's order. */
  metrics: MetricComparison[];
  /** Metric ids present in one file only: listed, not an error. */
  onlyInBaseline: string[];
  onlyInCurrent: string[];
  /** Results that errored in either file (their metrics are not compared). */
  errored: Array<ErroredEntry & { side: 'baseline' | 'current' }>;
  counts: Record<Verdict, number>;
  /** Regressed metrics that are gated: the comparison fails when this is not zero. */
  gatedRegressions: number;
  /** True when a gated metric regressed (exit 1). */
  failed: boolean;
}

function side(value: number, values: readonly number[], of: Side['of']): Side {
  // Every run crowded and left out: nothing was tested, no interval.
  if (values.length === 0) return { value, n: 0, of, ci: { low: value, high: value, level: 0 } };
  const ci = medianCi(sorted(values));
  return { value, n: values.length, of, ci: { low: ci.low, high: ci.high, level: ci.level } };
}

const medianOf = (values: readonly number[]): number => quantileSorted(sorted(values), 0.5);

/** The fewest runs per side for which the test can reach p < alpha. */
export function runsNeeded(alpha: number): number {
  let n = 1;
  while (minimumPValue(n, n) >= alpha && n < 1000) n++;
  return n;
}

/**
 * What the test runs on: the per-run values when either side holds several runs (crowded runs left
 * out), else the raw samples; and the headline values that go with them.
 */
function testedValues(a: Metric, b: Metric) {
  if (a.runs.length < 2 && b.runs.length < 2) {
    return { of: 'samples' as const, xs: a.samples, ys: b.samples, valueA: a.value, valueB: b.value, leftOut: 0 };
  }
  const clear = (m: Metric) => m.runs.filter((r) => !r.crowded).map((r) => r.value);
  const xs = clear(a);
  const ys = clear(b);
  const leftOut = a.runs.length - xs.length + (b.runs.length - ys.length);
  const headline = (m: Metric, vs: number[]) => (vs.length > 0 ? medianOf(vs) : m.value);
  return { of: 'runs' as const, xs, ys, valueA: headline(a, xs), valueB: headline(b, ys), leftOut };
}

function compareMetric(a: Metric, b: Metric, options: CompareOptions, gated: readonly MetricName[], crowded: number): MetricComparison {
  const t = testedValues(a, b);
  const { xs, ys } = t;
  const enough = xs.length > 0 && ys.length > 0;
  const test = enough ? mannWhitneyU(xs, ys) : { p: 1, method: 'exact' as const };
  const changePct = t.valueA === 0 ? (t.valueB === 0 ? 0 : Math.sign(t.valueB) * Infinity) : (t.valueB / t.valueA - 1) * 100;
  let changeCi: MetricComparison['changeCi'];
  if (!enough) {
    changeCi = { lowPct: -Infinity, highPct: Infinity, level: 0, method: 'hodges-lehmann-ratio' };
  } else if (xs.every((v) => v > 0) && ys.every((v) => v > 0)) {
    const r = ratioCi(xs, ys);
    changeCi = { lowPct: (r.low - 1) * 100, highPct: (r.high - 1) * 100, level: r.level, method: 'hodges-lehmann-ratio' };
  } else {
    const s = shiftCi(xs, ys);
    const scale = t.valueA === 0 ? Number.NaN : 100 / Math.abs(t.valueA);
    changeCi = { lowPct: s.low * scale, highPct: s.high * scale, level: s.level, method: 'hodges-lehmann-shift' };
  }
  const perRun = t.of === 'runs';
  const { verdict, note } = verdictOf(
    {
      better: a.better,
      changePct,
      ciLowPct: changeCi.lowPct,
      ciHighPct: changeCi.highPct,
      p: test.p,
      minP: minimumPValue(xs.length, ys.length),
      baselineBatchMs: a.timeMedianMs,
      currentBatchMs: b.timeMedianMs,
      // With several runs, crowded runs are left out of the test instead.
      baselineCrowded: !perRun && a.crowded,
      currentCrowded: !perRun && b.crowded,
      crowdedCores: crowded,
      ...(perRun ? { runs: { baseline: xs.length, current: ys.length, needed: runsNeeded(options.alpha), leftOut: t.leftOut } } : {}),
    },
    options,
  );
  const { value: _v, samples: _s, runs: _r, ...info } = a;
  return {
    ...info,
    crowded: a.crowded || b.crowded,
    gated: gated.includes(a.metric),
    baseline: side(t.valueA, xs, t.of),
    current: side(t.valueB, ys, t.of),
    changePct,
    changeCi,
    p: test.p,
    test: test.method,
    verdict,
    ...(note ? { note } : {}),
  };
}

/** Compares two results files; pure: no I/O, same input gives the same output. */
export function compare(baseline: ResultsFile, current: ResultsFile, options: Partial<CompareOptions> = {}): Comparison {
  const opts: CompareOptions = { ...COMPARE_DEFAULTS, ...options, labels: { ...COMPARE_DEFAULTS.labels, ...options.labels } };
  const gated = opts.crossMachine ? [] : gatedMetrics(opts.gate);
  // The stricter of the two machines' thresholds (they differ only when the core counts do).
  const crowded = Math.min(crowdedCores(baseline.context.cpu.cores), crowdedCores(current.context.cpu.cores));
  const a = extractMetrics(baseline);
  const b = extractMetrics(current);
  const metrics: MetricComparison[] = [];
  const onlyInBaseline: string[] = [];
  for (const [id, m] of a.metrics) {
    const other = b.metrics.get(id);
    if (other) metrics.push(compareMetric(m, other, opts, gated, crowded));
    else onlyInBaseline.push(id);
  }
  const onlyInCurrent = [...b.metrics.keys()].filter((id) => !a.metrics.has(id));
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const m of metrics) counts[m.verdict]++;
  const gatedRegressions = metrics.filter((m) => m.gated && m.verdict === 'regressed').length;
  const ctxA = summarizeContext(baseline);
  const ctxB = summarizeContext(current);
  return {
    rule: ruleText(opts.alpha, opts.threshold, gated, opts.noiseFloorMs, crowded),
    options: opts,
    baseline: { label: opts.labels.baseline, context: ctxA, testbed: testbedOf(baseline.context) },
    current: { label: opts.labels.current, context: ctxB, testbed: testbedOf(current.context) },
    contextDifferences: contextDifferences(ctxA, ctxB),
    metrics,
    onlyInBaseline,
    onlyInCurrent,
    errored: [
      ...a.errored.map((e) => ({ ...e, side: 'baseline' as const })),
      ...b.errored.map((e) => ({ ...e, side: 'current' as const })),
    ],
    counts,
    gatedRegressions,
    failed: gatedRegressions > 0,
  };
}

/**
 * The one line compare exits 2 with when the two runs come from different testbeds, or null when
 * they are the same kind of machine. A core-bound figure of a 2-core run gated against a 16-core
 * one reads as a change of the code; `--cross-machine` prints the comparison without gating.
 */
export function testbedMismatch(baseline: ResultsFile, current: ResultsFile, labels = COMPARE_DEFAULTS.labels): string | null {
  const a = testbedOf(baseline.context);
  const b = testbedOf(current.context);
  if (a.key === b.key) return null;
  const name = (t: Testbed, file: string) => `${t.key}${t.label !== t.key ? ` ('${t.label}')` : ''} in ${file}`;
  return `the two runs are from different testbeds, ${name(a, labels.baseline)} and ${name(b, labels.current)}: gating one against the other would read the machine as a change of the code (--cross-machine prints the comparison without gating)`;
}

