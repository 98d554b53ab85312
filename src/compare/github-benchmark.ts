/**
 * github-action-benchmark exporter: its `customSmallerIsBetter` and `customBiggerIsBetter` tools each
 * read a JSON array of `{ name, unit, value, range?, extra? }` (name, unit: strings; value: a number;
 * range, extra: optional strings; the tool keys its history on `name`, so names are unique). Those
 * tools are separate, so two files. Values are the current run's; the tool keeps the history.
 * A comparison (compare, compare:refs) and a single run (bench, report --github-benchmark) name an
 * entry alike, `${testbed key}: ${key} ${metric}`, so one history holds both, and a history fed by
 * several kinds of machine (a CI matrix, or a runner type that changes) keeps one series per kind
 * instead of reading every switch between them as a change.
 */
import type { OutputFile } from '../report/writer.js';
import type { ResultsFile } from '../results/schema.js';
import { type Testbed, testbedOf } from '../results/testbed.js';
import { medianCi, quantileSorted, sorted } from '../stats/summary.js';
import type { Comparison, MetricComparison } from './compare.js';
import { formatNumber } from '../format.js';
import { formatCi, formatLevel, formatP, formatPct, formatMetricValue, metricLabel } from './format.js';
import { type Metric, extractMetrics } from './metrics.js';

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

/** An entry's name: the testbed key, then the metric (`linux-x64-amd-epyc-2c-node20: io/io/concurrent speedup`). */
export function entryName(testbed: Testbed, m: Pick<Metric, 'key' | 'metric'>): string {
  return `${testbed.key}: ${metricLabel(m)}`;
}

function entry(m: MetricComparison, testbed: Testbed): BenchmarkEntry {
  const half = (m.current.ci.high - m.current.ci.low) / 2;
  return {
    name: entryName(testbed, m),
    unit: m.unit,
    value: m.current.value,
    range: `± ${formatNumber(half)}`,
    extra:
      `n=${m.current.n}; baseline ${formatMetricValue(m.baseline.value, m.unit)} (n=${m.baseline.n})\n` +
      `change ${formatPct(m.changePct)} CI ${formatCi(m)}, p=${formatP(m.p)}\n` +
      `verdict: ${m.verdict}${m.gated ? ' (gated)' : ''}`,
  };
}

/** The two files of these entries, by direction, with finite values only (the tool needs a number). */
function files(entries: ReadonlyArray<BenchmarkEntry & { better: 'smaller' | 'bigger' }>): OutputFile[] {
  const json = (better: 'smaller' | 'bigger'): string =>
    `${JSON.stringify(
      entries.filter((e) => e.better === better && Number.isFinite(e.value)).map(({ better: _, ...e }) => e),
      null,
      2,
    )}\n`;
  return [
    { path: SMALLER_FILE, content: json('smaller') },
    { path: BIGGER_FILE, content: json('bigger') },
  ];
}

/** The two files of a comparison, as paths relative to the output folder and their content. */
export function toGithubBenchmark(c: Comparison): OutputFile[] {
  return files(c.metrics.map((m) => ({ ...entry(m, c.current.testbed), better: m.better })));
}

/**
 * One metric of a single bench: its value, the half-width of its median's CI and n. Over the runs
 * when the file holds several (the value is then their median), else over the samples; `extra`
 * names which, with the coverage the interval achieves.
 */
function runEntry(m: Metric, testbed: Testbed): BenchmarkEntry & { better: 'smaller' | 'bigger' } {
  const perRun = m.runs.length > 1;
  const values = perRun ? m.runs.map((r) => r.value) : m.samples;
  const ci = medianCi(sorted(values));
  const value = perRun ? quantileSorted(sorted(values), 0.5) : m.value;
  const extra = `${perRun ? 'runs' : 'n'}=${values.length}, CI ${formatLevel(ci.level)}`;
  return { name: entryName(testbed, m), unit: m.unit, value, range: `± ${formatNumber((ci.high - ci.low) / 2)}`, extra, better: m.better };
}

/** The two files of a single run (every metric compare would extract), for the history on main. */
export function runToGithubBenchmark(file: ResultsFile): OutputFile[] {
  const testbed = testbedOf(file.context);
  return files([...extractMetrics(file).metrics.values()].map((m) => runEntry(m, testbed)));
}
