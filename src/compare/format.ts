/** Formatting shared by the text, Markdown and github-action-benchmark exporters. */
import { formatNumber } from '../format.js';
import type { Comparison, MetricComparison } from './compare.js';
import type { Verdict } from './verdict.js';

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

/** The CI of the change: `[-3.1%, +7.4%]`. */
export function formatCi(m: MetricComparison): string {
  return `[${formatPct(m.changeCi.lowPct)}, ${formatPct(m.changeCi.highPct)}]`;
}

/** A p-value: 4 decimals, `<0.0001` below that. */
export function formatP(p: number): string {
  return p < 1e-4 ? '<0.0001' : p.toFixed(4);
}

/** `io/io/concurrent speedup`: the name of a metric in tables and in github-action-benchmark. */
export function metricLabel(m: Pick<MetricComparison, 'key' | 'metric'>): string {
  return `${m.key} ${m.metric}`;
}

/** Verdicts in the order a reader needs them: what failed first. */
const VERDICT_ORDER: readonly Verdict[] = ['regressed', 'improved', 'inconclusive', 'unchanged'];

/** Metrics sorted regressions first (gated before not gated), then improved, inconclusive, unchanged; stable. */
export function byVerdict(metrics: readonly MetricComparison[]): MetricComparison[] {
  const rank = (m: MetricComparison): number => VERDICT_ORDER.indexOf(m.verdict) * 2 + (m.gated ? 0 : 1);
  return metrics
    .map((m, i) => [m, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([m]) => m);
}

/** The one-line outcome: `FAIL: 1 gated regression` or `PASS: no gated regression`. */
export function outcomeLine(c: Comparison): string {
  const { regressed, improved, unchanged, inconclusive } = c.counts;
  const tally = `${regressed} regressed (${c.gatedRegressions} gated), ${improved} improved, ${unchanged} unchanged, ${inconclusive} inconclusive`;
  return c.failed
    ? `FAIL: ${c.gatedRegressions} gated regression${c.gatedRegressions === 1 ? '' : 's'}; ${tally}`
    : `PASS: no gated regression; ${tally}`;
}
