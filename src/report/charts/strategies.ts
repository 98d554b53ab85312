/**
 * io-strategies.png and cpu-strategies.png: median batch time per strategy with the confidence
 * interval of the median as error bars (from `stats.ci`) and the ideal time as a dashed mark. The
 * legend names the lowest coverage drawn; the caption points at the table, which gives each one.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../../results/schema.js';
import { formatLevel, formatMs, formatSpeedup, NOMINAL_CI_LEVEL } from '../format.js';
import { colorFor, IDEAL_COLOR } from '../palette.js';
import { logBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLegendEntry } from './config.js';
import { findSuite, isEmptyPoint, orderStrategies } from './data.js';
import { chartFrame } from './frame.js';

const NAMES = { io: 'I/O-bound', cpu: 'CPU-bound' } as const;

/**
 * The whiskers' legend: `95% CI of the median` while every interval drawn reaches 95%, else the
 * lowest coverage among them (`CI of the median, 94% or more`), so a short run does not claim 95%.
 */
export function whiskerLegend(levels: readonly number[]): string {
  const lowest = Math.min(...levels);
  if (levels.length === 0 || lowest >= NOMINAL_CI_LEVEL) return '95% CI of the median (whiskers)';
  return `CI of the median, ${formatLevel(lowest)} or more (whiskers)`;
}

const CAPTION = 'median batch time per strategy, whiskers: CI of the median (coverage in the table), ideal time dashed';

/** The chart config of one suite (`io` or `cpu`): one bar per strategy, in the house order. */
export function strategiesConfig(results: ResultsFile, workload: 'io' | 'cpu'): ChartConfiguration {
  const frame = chartFrame(results, `${NAMES[workload]} batch: median time per strategy`, workload);
  const problem = frame.problem(workload);
  if (problem) return frame.notice(problem);
  const suite = findSuite(results, workload);
  const rows = (suite?.results ?? []).filter((r) => r.workload === workload && isEmptyPoint(r.point));
  const strategies = orderStrategies(rows.map((r) => r.strategy));
  const labels = strategies.map((s) => (rows.find((r) => r.strategy === s)?.state === 'errored' ? `${s} (errored)` : s));
  const at = <T>(i: number, value: T): Array<T | null> => strategies.map((_, j) => (j === i ? value : null));
  const datasets = strategies.map((strategy, i) => {
    const r = rows.find((row) => row.strategy === strategy);
    const done = r?.state === 'completed' ? r : undefined;
    return {
      label: strategy,
      data: at(i, done ? done.stats.median : null),
      backgroundColor: colorFor(strategy),
      borderColor: colorFor(strategy),
      pointStyle: 'rect' as const,
      skipNull: true,
      errorBars: at(i, done ? { low: done.stats.ci.low, high: done.stats.ci.high } : null),
      idealMarks: at(i, done ? done.ideal : null),
      valueLabels: at(i, done ? formatMs(done.stats.median) : null),
    };
  });
  const values = datasets.flatMap((d) => [
    ...d.data,
    ...d.idealMarks,
    ...d.errorBars.flatMap((e) => (e ? [e.low, e.high] : [])),
  ]);
  const all = values.filter((v): v is number => v !== null);
  const log = spansDecades(all);
  const sequential = rows.find((r) => r.strategy === 'sequential' && r.state === 'completed');
  const fastest = rows
    .filter((r) => r.state === 'completed' && r.strategy !== 'sequential')
    .sort((a, b) => (a.state === 'completed' && b.state === 'completed' ? a.stats.median - b.stats.median : 0))[0];
  const finding =
    sequential && fastest?.state === 'completed' && fastest.speedup !== null
      ? ` — fastest: ${fastest.strategy}, ${formatSpeedup(fastest.speedup)} vs sequential`
      : '';
  const ideal = idealLegendEntry('ideal time (dashed)');
  const levels = rows.flatMap((r) => (r.state === 'completed' ? [r.stats.ci.level] : []));
  const ci = {
    type: 'line' as const,
    label: whiskerLegend(levels),
    data: [],
    borderColor: IDEAL_COLOR,
    backgroundColor: IDEAL_COLOR,
    borderWidth: 2,
    pointStyle: 'dash' as const,
  };
  const options = frame.options(finding);
  return houseChart('bar', options, { labels, datasets: [...datasets, ideal, ci] as ChartConfiguration['data']['datasets'] }, {
    x: axis('strategy', { category: true }),
    y: axis(`median batch time (ms, lower is better${log ? ', log scale' : ''})`, {
      log,
      ...(log ? logBounds(all) : { beginAtZero: true, suggestedMax: Math.max(...all) * 1.15 }),
    }),
  });
}

export const ioStrategiesChart: ChartDefinition = {
  file: 'io-strategies.png',
  caption: `I/O-bound: ${CAPTION}`,
  config: (results) => strategiesConfig(results, 'io'),
};

export const cpuStrategiesChart: ChartDefinition = {
  file: 'cpu-strategies.png',
  caption: `CPU-bound: ${CAPTION}`,
  config: (results) => strategiesConfig(results, 'cpu'),
};
