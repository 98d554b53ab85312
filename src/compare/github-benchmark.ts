/**
 * github-action-benchmark exporter: its `customSmallerIsBetter` and `customBiggerIsBetter` tools each
 * read a JSON array of `{ name, unit, value, range?, extra? }` (name, unit: strings; value: a number;
 * range, extra: optional strings; the tool keys its history on `name`, so names are unique). Those
 * tools are separate, so two files. Values are the current run's; the tool keeps the history.
 */
import type { OutputFile } from '../report/writer.js';
import type { Comparison, MetricComparison } from './compare.js';
import { formatNumber } from '../format.js';
import { formatCi, formatP, formatPct, formatMetricValue, metricLabel } from './format.js';

/** One entry of github-action-benchmark's custom format. */
interface BenchmarkEntry {
  name: string;
  unit: string;
  value: number;
  range?: string;
  extra?: string;
}

/** The two files' names, one per tool (`customSmallerIsBetter`, `customBiggerIsBetter`). */
export const SMALLER_FILE = 'custom-smaller-is-better.json';
export const BIGGER_FILE = 'custom-bigger-is-better.json';

function entry(m: MetricComparison): BenchmarkEntry {
  const half = (m.current.ci.high - m.current.ci.low) / 2;
  return {
    name: metricLabel(m),
    unit: m.unit,
    value: m.current.value,
    range: `± ${formatNumber(half)}`,
    extra:
      `n=${m.current.n}; baseline ${formatMetricValue(m.baseline.value, m.unit)} (n=${m.baseline.n})\n` +
      `change ${formatPct(m.changePct)} 95% CI ${formatCi(m)}, p=${formatP(m.p)}\n` +
      `verdict: ${m.verdict}${m.gated ? ' (gated)' : ''}`,
  };
}

/** Entries of one direction, with finite values only (the tool needs a number). */
function benchmarkEntries(c: Comparison, better: 'smaller' | 'bigger'): BenchmarkEntry[] {
  return c.metrics.filter((m) => m.better === better && Number.isFinite(m.current.value)).map(entry);
}

/** The two files, as paths relative to the output folder and their content. */
export function toGithubBenchmark(c: Comparison): OutputFile[] {
  const json = (entries: BenchmarkEntry[]): string => `${JSON.stringify(entries, null, 2)}\n`;
  return [
    { path: SMALLER_FILE, content: json(benchmarkEntries(c, 'smaller')) },
    { path: BIGGER_FILE, content: json(benchmarkEntries(c, 'bigger')) },
  ];
}
