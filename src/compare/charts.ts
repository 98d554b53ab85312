/**
 * Comparison charts (`--charts DIR`): per suite and metric, baseline beside current for every result,
 * the CI of each median as whiskers (its coverage, the lowest of the chart's, in the subtitle), the change written above the current bar, and regressions
 * outlined in red and named under the bar. House style (src/report/palette.ts, src/report/charts/): strategy colours,
 * baseline pale, current solid. Configs are plain data; rendering returns PNG buffers, never writes.
 */
import type { ChartConfiguration } from 'chart.js';
import type { OutputFile } from '../report/writer.js';
import { colorFor, withAlpha } from '../report/palette.js';
import { logBounds, spansDecades } from '../report/charts/axes.js';
import { axis, baseOptions } from '../report/charts/config.js';
import { renderChart } from '../report/charts/render.js';
import type { Comparison, MetricComparison } from './compare.js';
import { formatLevel, formatPct } from './format.js';
import { METRIC_NAMES, type MetricName } from './metrics.js';

const REGRESSED = '#b91c1c';
const IMPROVED = '#15803d';

const AXIS_TITLES: Record<MetricName, string> = {
  speedup: 'speedup vs sequential (×, higher is better)',
  efficiency: 'efficiency: ideal / measured (higher is better, 1 = ideal)',
  time: 'median batch time (ms, lower is better)',
  throughput: 'median throughput (req/s, higher is better)',
};

/** `concurrent`, `bounded tasks=100`: the bar label of a result within its suite. */
/** What the whiskers are: the CI of the median, with the lowest coverage any of them achieves. */
function whiskerText(rows: readonly MetricComparison[]): string {
  const levels = rows.flatMap((m) => [m.baseline.ci.level, m.current.ci.level]).filter((l) => l > 0);
  return levels.length > 0 ? `CI of the median, coverage ≥ ${formatLevel(Math.min(...levels))}` : 'none (no interval)';
}

function barLabel(m: MetricComparison): string {
  const point = Object.entries(m.point)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const workload = m.suite === m.workload ? '' : `${m.workload} `;
  return `${workload}${m.strategy}${point ? ` ${point}` : ''}`;
}

/** The category axis, with the labels of regressed results in red. */
function xAxis(suite: string, rows: readonly MetricComparison[]): Record<string, unknown> {
  const base = axis(suite, { category: true });
  const ticks = base.ticks as Record<string, unknown>;
  const color = rows.map((m) => (m.verdict === 'regressed' ? REGRESSED : m.verdict === 'improved' ? IMPROVED : String(ticks.color)));
  return { ...base, ticks: { ...ticks, color } };
}

/** The (suite, metric) pairs that have compared metrics, in suite order then METRIC_NAMES order. */
export function chartPanels(c: Comparison): Array<{ suite: string; metric: MetricName; file: string }> {
  const suites = [...new Set(c.metrics.map((m) => m.suite))];
  return suites.flatMap((suite) =>
    METRIC_NAMES.filter((metric) => c.metrics.some((m) => m.suite === suite && m.metric === metric)).map((metric) => ({
      suite,
      metric,
      file: `compare-${suite}-${metric}.png`,
    })),
  );
}

/** The chart.js config of one panel: plain data. */
export function comparisonChartConfig(c: Comparison, suite: string, metric: MetricName): ChartConfiguration {
  const rows = c.metrics.filter((m) => m.suite === suite && m.metric === metric);
  const labels = rows.map((m) => {
    const label = barLabel(m);
    if (m.verdict === 'regressed') return [label, `REGRESSED${m.gated ? '' : ' (not gated)'}`];
    if (m.verdict === 'improved') return [label, 'improved'];
    return label;
  });
  const baseline = {
    label: `baseline: ${c.baseline.label}`,
    data: rows.map((m) => m.baseline.value),
    backgroundColor: rows.map((m) => withAlpha(colorFor(m.strategy), 0.3)),
    borderColor: rows.map((m) => colorFor(m.strategy)),
    borderWidth: 1,
    errorBars: rows.map((m) => ({ low: m.baseline.ci.low, high: m.baseline.ci.high })),
  };
  const current = {
    label: `current: ${c.current.label}`,
    data: rows.map((m) => m.current.value),
    backgroundColor: rows.map((m) => withAlpha(colorFor(m.strategy), 0.9)),
    borderColor: rows.map((m) => (m.verdict === 'regressed' ? REGRESSED : m.verdict === 'improved' ? IMPROVED : colorFor(m.strategy))),
    borderWidth: rows.map((m) => (m.verdict === 'regressed' || m.verdict === 'improved' ? 5 : 1)),
    errorBars: rows.map((m) => ({ low: m.current.ci.low, high: m.current.ci.high })),
    valueLabels: rows.map((m) => `${formatPct(m.changePct)}${m.verdict === 'regressed' ? ' ✗' : ''}`),
  };
  const all = rows.flatMap((m) => [m.baseline.value, m.current.value, m.baseline.ci.high, m.current.ci.high, m.baseline.ci.low, m.current.ci.low]);
  const log = spansDecades(all);
  const regressed = rows.filter((m) => m.verdict === 'regressed').length;
  const title = [
    `${suite}: ${metric}, baseline beside current${regressed > 0 ? ` — ${regressed} regressed` : ''}`,
    `whiskers: ${whiskerText(rows)} · above the bars: change · p < ${c.options.alpha} and > ${c.options.threshold}% worse = regressed`,
  ];
  const footer = [
    `baseline ${c.baseline.context.node} · ${c.baseline.context.cpu} × ${c.baseline.context.cores}`,
    `current ${c.current.context.node} · ${c.current.context.cpu} × ${c.current.context.cores}`,
    ...(c.contextDifferences.length > 0 ? ['contexts differ: absolute figures not comparable'] : []),
  ].join('  |  ');
  const options = baseOptions(title, footer);
  const plugins = options.plugins as Record<string, Record<string, unknown>>;
  const titleFont = (plugins.title?.font ?? {}) as Record<string, unknown>;
  return {
    type: 'bar',
    data: { labels, datasets: [baseline, current] as ChartConfiguration['data']['datasets'] },
    options: {
      ...options,
      plugins: {
        ...options.plugins,
        // The second title line is an explanation: keep it smaller by using chart.js's array title with one font.
        title: { ...plugins.title, font: { ...titleFont, size: 18 } },
      },
      scales: {
        x: xAxis(suite, rows),
        y: axis(`${AXIS_TITLES[metric]}${log ? ', log scale' : ''}`, {
          log,
          ...(log ? logBounds(all) : { beginAtZero: true, suggestedMax: Math.max(...all.filter(Number.isFinite)) * 1.15 }),
        }),
      },
    },
  } as ChartConfiguration;
}

/** Every panel rendered to PNG, as files relative to the charts folder. */
export async function comparisonCharts(c: Comparison): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const panel of chartPanels(c)) {
    files.push({ path: panel.file, content: await renderChart(comparisonChartConfig(c, panel.suite, panel.metric)) });
  }
  return files;
}
