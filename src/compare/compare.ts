/**
 * compare(baseline, current, options): a pure function over two results files that returns plain
 * data: per metric present in both, the two values, the change, its 95% CI, the Mann–Whitney p-value
 * and the verdict (see verdict.ts). Exporters and the CLI only read what it returns.
 */
import type { ResultsFile } from '../results/schema.js';
import { ratioCi, shiftCi } from '../stats/hodges-lehmann.js';
import { mannWhitneyU, minimumPValue } from '../stats/mann-whitney.js';
import { medianCi, sorted } from '../stats/summary.js';
import { type ContextSummary, contextDifferences, summarizeContext } from './context.js';
import { type ErroredEntry, MACHINE_INDEPENDENT, METRIC_NAMES, type Metric, type MetricName, extractMetrics } from './metrics.js';
import { type Verdict, ruleText, verdictOf } from './verdict.js';

/** Which metrics can fail the comparison: the machine-independent ratios, or all of them. */
export type Gate = 'machine-independent' | 'all';
export const GATES: readonly Gate[] = ['machine-independent', 'all'];

/** The options of compare(): the verdict rule's figures, the gate and the names of the two files. */
export interface CompareOptions {
  /** Significance level of the Mann–Whitney test. @default 0.01 */
  alpha: number;
  /** Smallest change, in percent, that counts as a regression or an improvement. @default 10 */
  threshold: number;
  /** Which metrics can fail the comparison: speedup and efficiency, or all (adds time, throughput). @default 'machine-independent' */
  gate: Gate;
  /**
   * A change of the batch time behind a metric smaller than this (ms) is never regressed or
   * improved. Timers on both sides of a call have 1 ms granularity, so a short batch (a 10 ms
   * concurrent I/O batch) shifts by 1 to 2 ms between identical runs: 10-20% of it. @default 2
   */
  noiseFloorMs: number;
  /** Names of the two files in outputs. @default { baseline: 'baseline', current: 'current' } */
  labels: { baseline: string; current: string };
}

/** Defaults in one place. */
export const COMPARE_DEFAULTS: CompareOptions = {
  alpha: 0.01,
  threshold: 10,
  gate: 'machine-independent',
  noiseFloorMs: 2,
  labels: { baseline: 'baseline', current: 'current' },
};

/** The metrics a gate covers. */
function gatedMetrics(gate: Gate): MetricName[] {
  return gate === 'all' ? [...METRIC_NAMES] : [...MACHINE_INDEPENDENT];
}

/** One side of a metric: the headline value and a 95% CI of the median of its per-sample values. */
export interface Side {
  value: number;
  n: number;
  ci: { low: number; high: number; level: number };
}

/** One metric present in both files: its two sides, the change, the test and the verdict. */
export interface MetricComparison extends Omit<Metric, 'value' | 'samples' | 'crowded'> {
  /** Measured while other processes held cores, in either run. */
  crowded: boolean;
  /** Whether this metric can fail the comparison under the chosen gate. */
  gated: boolean;
  baseline: Side;
  current: Side;
  /** (current / baseline - 1) × 100. */
  changePct: number;
  /** 95% CI of the change in percent: Hodges–Lehmann on log values (a ratio), else on values. */
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
  baseline: { label: string; context: ContextSummary };
  current: { label: string; context: ContextSummary };
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

function side(m: Metric): Side {
  const ci = medianCi(sorted(m.samples));
  return { value: m.value, n: m.samples.length, ci: { low: ci.low, high: ci.high, level: ci.level } };
}

function compareMetric(a: Metric, b: Metric, options: CompareOptions, gated: readonly MetricName[]): MetricComparison {
  const test = mannWhitneyU(a.samples, b.samples);
  const changePct = a.value === 0 ? (b.value === 0 ? 0 : Math.sign(b.value) * Infinity) : (b.value / a.value - 1) * 100;
  let changeCi: MetricComparison['changeCi'];
  if (a.samples.every((v) => v > 0) && b.samples.every((v) => v > 0)) {
    const r = ratioCi(a.samples, b.samples);
    changeCi = { lowPct: (r.low - 1) * 100, highPct: (r.high - 1) * 100, level: r.level, method: 'hodges-lehmann-ratio' };
  } else {
    const s = shiftCi(a.samples, b.samples);
    const scale = a.value === 0 ? Number.NaN : 100 / Math.abs(a.value);
    changeCi = { lowPct: s.low * scale, highPct: s.high * scale, level: s.level, method: 'hodges-lehmann-shift' };
  }
  const { verdict, note } = verdictOf(
    {
      better: a.better,
      changePct,
      ciLowPct: changeCi.lowPct,
      ciHighPct: changeCi.highPct,
      p: test.p,
      minP: minimumPValue(a.samples.length, b.samples.length),
      baselineBatchMs: a.timeMedianMs,
      currentBatchMs: b.timeMedianMs,
      baselineCrowded: a.crowded,
      currentCrowded: b.crowded,
    },
    options,
  );
  const { value: _v, samples: _s, ...info } = a;
  return {
    ...info,
    crowded: a.crowded || b.crowded,
    gated: gated.includes(a.metric),
    baseline: side(a),
    current: side(b),
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
  const gated = gatedMetrics(opts.gate);
  const a = extractMetrics(baseline);
  const b = extractMetrics(current);
  const metrics: MetricComparison[] = [];
  const onlyInBaseline: string[] = [];
  for (const [id, m] of a.metrics) {
    const other = b.metrics.get(id);
    if (other) metrics.push(compareMetric(m, other, opts, gated));
    else onlyInBaseline.push(id);
  }
  const onlyInCurrent = [...b.metrics.keys()].filter((id) => !a.metrics.has(id));
  const counts: Record<Verdict, number> = { improved: 0, regressed: 0, unchanged: 0, inconclusive: 0 };
  for (const m of metrics) counts[m.verdict]++;
  const gatedRegressions = metrics.filter((m) => m.gated && m.verdict === 'regressed').length;
  const ctxA = summarizeContext(baseline);
  const ctxB = summarizeContext(current);
  return {
    rule: ruleText(opts.alpha, opts.threshold, gated, opts.noiseFloorMs),
    options: opts,
    baseline: { label: opts.labels.baseline, context: ctxA },
    current: { label: opts.labels.current, context: ctxB },
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
