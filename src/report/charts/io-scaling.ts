/**
 * io-scaling.png: median batch time against the number of tasks N on log-log axes, one line per
 * strategy with the CI of its median as whiskers, and each strategy's ideal (N·d, d, ceil(N/k)·d) as a dashed line.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../../results/schema.js';
import { colorFor } from '../palette.js';
import { logBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLine } from './config.js';
import { completedOf, findSuite, orderStrategies } from './data.js';
import { chartFrame } from './frame.js';

export const ioScalingChart: ChartDefinition = {
  file: 'io-scaling.png',
  caption: 'I/O-bound: batch time against the number of tasks N (log-log), whiskers: CI of the median (coverage in the table), ideal dashed',
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'I/O scaling: batch time against tasks per batch', 'scaling');
    const rows = completedOf(findSuite(results, 'scaling'), 'io').filter((r) => typeof r.point.tasks === 'number');
    if (rows.length === 0) return frame.missing('No I/O results at {tasks: N} in the scaling suite', 'io');
    const strategies = orderStrategies(rows.map((r) => r.strategy));
    const datasets = strategies.flatMap((strategy) => {
      const points = rows
        .filter((r) => r.strategy === strategy)
        .sort((a, b) => (a.point.tasks ?? 0) - (b.point.tasks ?? 0));
      const color = colorFor(strategy);
      return [
        {
          type: 'line' as const,
          label: strategy,
          data: points.map((r) => ({ x: r.point.tasks as number, y: r.stats.median })),
          borderColor: color,
          backgroundColor: color,
          borderWidth: 3,
          pointRadius: 5,
          pointStyle: 'circle' as const,
          errorBars: points.map((r) => ({ low: r.stats.ci.low, high: r.stats.ci.high })),
        },
        idealLine(`${strategy} ideal`, points.map((r) => ({ x: r.point.tasks as number, y: r.ideal })), color),
      ];
    });
    const xs = rows.map((r) => r.point.tasks as number);
    const ys = rows.flatMap((r) => [r.stats.median, r.ideal, r.stats.ci.low, r.stats.ci.high]);
    const logX = spansDecades(xs, 9);
    const logY = spansDecades(ys, 9);
    const options = frame.options(logX && logY ? ' (log-log)' : '');
    return houseChart('line', options, { datasets }, {
      x: axis(`tasks per batch N${logX ? ' (log scale)' : ''}`, logX ? { log: true, ...logBounds(xs, 1) } : {}),
      y: axis(`median batch time (ms, lower is better${logY ? ', log scale' : ''})`, logY ? { log: true, ...logBounds(ys) } : { beginAtZero: true }),
    });
  },
};
