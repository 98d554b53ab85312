/** Formatting shared by the text, Markdown and github-action-benchmark exporters. */
import { formatNumber } from '../format.js';
import type { Comparison, MetricComparison } from './compare.js';
import { VERDICTS } from './verdict.js';

/** A metric's value with its unit (formatNumber's digits): `26.7 ms`, `1000 req/s`; ratios as `2.35x`. */
export function formatMetricValue(value: number, unit: string): string {
  const digits = formatNumber(value);
  return unit === 'x' ? `${digits}x` : `${digits} ${unit}`;
}

/** A signed percentage with one decimal: `+12.3%`, `-4.0%`. */
export function formatPct(pct: number): string {
  if (!Number.isFinite(pct)) return pct > 0 ? '+inf%' : pct < 0 ? '-inf%' : 'n/a';
  const fixed = pct.toFixed(1);
  return `${pct >= 0 && fixed !== '-0.0' ? '+' : ''}${fixed === '-0.0' ? '0.0' : fixed}%`;
}

/** A coverage level as a whole percent, rounded down so it never claims more than it has: `93%`. */
export function formatLevel(level: number): string {
  return `${Math.floor(level * 100 + 1e-9)}%`;
}

/** The CI of the change with the coverage it achieves: `[-3.1%, +7.4%] 95%`; `none` when nothing was tested. */
export function formatCi(m: MetricComparison): string {
  if (m.changeCi.level <= 0 || !Number.isFinite(m.changeCi.lowPct) || !Number.isFinite(m.changeCi.highPct)) return 'none';
  return `[${formatPct(m.changeCi.lowPct)}, ${formatPct(m.changeCi.highPct)}] ${formatLevel(m.changeCi.level)}`;
}

/** What each side's values are: `5 runs`, `12 samples`. */
export function formatN(side: MetricComparison['baseline']): string {
  return `${side.n} ${side.of === 'runs' ? (side.n === 1 ? 'run' : 'runs') : side.n === 1 ? 'sample' : 'samples'}`;
}

/** A p-value: 4 decimals, `<0.0001` below that. */
export function formatP(p: number): string {
  return p < 1e-4 ? '<0.0001' : p.toFixed(4);
}

/** `testbed linux-x64-amd-epyc-2c-node20`, or both when they differ (a --cross-machine comparison). */
export function testbedLine(c: Comparison): string {
  const name = (t: Comparison['baseline']['testbed']) => (t.label === t.key ? t.key : `${t.label} (${t.key})`);
  return c.baseline.testbed.key === c.current.testbed.key
    ? `testbed: ${name(c.current.testbed)}`
    : `testbeds differ: ${name(c.baseline.testbed)} -> ${name(c.current.testbed)} (--cross-machine: nothing gated)`;
}

/** `io/io/concurrent speedup`: the name of a metric in tables and in github-action-benchmark. */
export function metricLabel(m: Pick<MetricComparison, 'key' | 'metric'>): string {
  return `${m.key} ${m.metric}`;
}

/** Metrics sorted regressions first (gated before not gated), then improved, inconclusive, within-noise, unchanged; stable. */
export function byVerdict(metrics: readonly MetricComparison[]): MetricComparison[] {
  const rank = (m: MetricComparison): number => VERDICTS.indexOf(m.verdict) * 2 + (m.gated ? 0 : 1);
  return metrics
    .map((m, i) => [m, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([m]) => m);
}

/** The one-line outcome: `FAIL: 1 gated regression` or `PASS: no gated regression`. */
export function outcomeLine(c: Comparison): string {
  const { regressed, improved, unchanged, inconclusive } = c.counts;
  const noise = c.counts['within-noise'];
  const tally = `${regressed} regressed (${c.gatedRegressions} gated), ${improved} improved, ${unchanged} unchanged, ${noise} within noise, ${inconclusive} inconclusive`;
  return c.failed
    ? `FAIL: ${c.gatedRegressions} gated regression${c.gatedRegressions === 1 ? '' : 's'}; ${tally}`
    : `PASS: no gated regression; ${tally}`;
}
