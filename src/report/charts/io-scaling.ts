/**
 * io-scaling.png: median batch time against the number of tasks N on log-log axes, one line per
 * strategy with the CI of its median as whiskers, and each strategy's ideal (N·d, d, ceil(N/k)·d) as
 * a dashed line. Where a strategy was not run but extrapolated (sequential at large N: N × its
 * one-call time), its line goes on dashed through hollow points, a dataset of its own so the legend
 * says so; it starts at the last measured point (drawn there without a marker) so the line is whole.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CompletedResult, ResultsFile } from '../../results/schema.js';
import { formatMs } from '../format.js';
import { colorFor } from '../palette.js';
import { logBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLine } from './config.js';
import { completedOf, findSuite, orderStrategies } from './data.js';
import { chartFrame } from './frame.js';

/** The legend's words for the extrapolated part of a line. */
export const EXTRAPOLATED_LABEL = 'extrapolated (N × one call, not run)';

/** Dash of the extrapolated part (px on, px off): shorter than the ideal's [8, 6], so the two read apart. */
const EXTRAPOLATED_DASH = [3, 4];

/** Room above the highest point: no labels are drawn above points here, so less than the house 1.6 (which left an empty decade over 64 s). */
const Y_HEADROOM = 1.25;

const xy = (r: CompletedResult) => ({ x: r.point.tasks as number, y: r.stats.median });

/** The measured line of one strategy, and its extrapolated continuation when it has one. */
function strategyLines(strategy: string, points: readonly CompletedResult[]) {
  const color = colorFor(strategy);
  const measured = points.filter((r) => r.extrapolated === undefined);
  const extrapolated = points.filter((r) => r.extrapolated !== undefined);
  const lines: object[] = [];
  if (measured.length > 0) {
    lines.push({
      type: 'line' as const,
      label: strategy,
      data: measured.map(xy),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 3,
      pointRadius: 5,
      pointStyle: 'circle' as const,
      // The sweep's ends sit on the axis bounds: draw their points whole, not cut by the chart area.
      clip: false,
      errorBars: measured.map((r) => ({ low: r.stats.ci.low, high: r.stats.ci.high })),
    });
  }
  if (extrapolated.length > 0) {
    const join = measured.filter((r) => (r.point.tasks ?? 0) < (extrapolated[0]?.point.tasks ?? 0)).at(-1);
    const data = [...(join ? [join] : []), ...extrapolated].map(xy);
    lines.push({
      type: 'line' as const,
      label: `${strategy}, ${EXTRAPOLATED_LABEL}`,
      data,
      borderColor: color,
      backgroundColor: '#ffffff',
      borderWidth: 3,
      borderDash: EXTRAPOLATED_DASH,
      pointRadius: data.map((_, i) => (join && i === 0 ? 0 : 6)),
      pointBorderWidth: 3,
      pointBorderColor: color,
      pointBackgroundColor: '#ffffff',
      pointStyle: 'circle' as const,
      clip: false,
    });
  }
  lines.push(idealLine(`${strategy} ideal`, points.map((r) => ({ x: r.point.tasks as number, y: r.ideal })), color));
  return lines;
}

/** ` — concurrent: 10000 calls in 712 ms`, at the largest N concurrent ran; empty without one. */
function finding(rows: readonly CompletedResult[]): string {
  const largest = rows
    .filter((r) => r.strategy === 'concurrent' && r.extrapolated === undefined)
    .sort((a, b) => (b.point.tasks ?? 0) - (a.point.tasks ?? 0))[0];
  return largest ? ` — concurrent: ${(largest.point.tasks ?? 0).toLocaleString('en-US')} calls in ${formatMs(largest.stats.median)}` : '';
}

export const ioScalingChart: ChartDefinition = {
  file: 'io-scaling.png',
  caption:
    'I/O-bound: batch time against the number of tasks N (log-log), whiskers: CI of the median (coverage in the table), ideal dashed, hollow points: extrapolated (not run)',
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'I/O scaling: batch time against tasks per batch', 'scaling');
    const rows = completedOf(findSuite(results, 'scaling'), 'io').filter((r) => typeof r.point.tasks === 'number');
    if (rows.length === 0) return frame.missing('No I/O results at {tasks: N} in the scaling suite', 'io');
    const strategies = orderStrategies(rows.map((r) => r.strategy));
    const datasets = strategies.flatMap((strategy) =>
      strategyLines(
        strategy,
        rows.filter((r) => r.strategy === strategy).sort((a, b) => (a.point.tasks ?? 0) - (b.point.tasks ?? 0)),
      ),
    );
    const xs = rows.map((r) => r.point.tasks as number);
    const ys = rows.flatMap((r) => [r.stats.median, r.ideal, r.stats.ci.low, r.stats.ci.high]);
    const logX = spansDecades(xs, 9);
    const logY = spansDecades(ys, 9);
    const options = frame.options(`${logX && logY ? ' (log-log)' : ''}${finding(rows)}`);
    return houseChart('line', options, { datasets } as ChartConfiguration['data'], {
      x: axis(`tasks per batch N${logX ? ' (log scale)' : ''}`, logX ? { log: true, ...logBounds(xs, 1) } : {}),
      y: axis(`median batch time (ms, lower is better${logY ? ', log scale' : ''})`, logY ? { log: true, ...logBounds(ys, Y_HEADROOM) } : { beginAtZero: true }),
    });
  },
};
