/**
 * load-throughput.png: requests per second against connections C on log-log axes, one line per load
 * target (I/O server, CPU server on its event loop, CPU server with a pool), each with its
 * Little's-law ideal dashed (C/d; min(C, threads, cores)/c). Closed-model points only.
 */
import type { ChartConfiguration } from 'chart.js';
import { sweepOf } from '../../model/load-claims.js';
import type { ResultsFile } from '../../results/schema.js';
import { colorFor } from '../palette.js';
import { logBounds } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLine } from './config.js';
import { findSuite } from './data.js';
import { chartFrame } from './frame.js';

/** Load targets in drawing order, with their legend names. */
export const LOAD_TARGETS = [
  { strategy: 'io', label: 'I/O server (/delay)' },
  { strategy: 'cpu', label: 'CPU server, event loop' },
  { strategy: 'cpu-pool', label: 'CPU server, thread pool' },
] as const;

/**
 * The load targets measured in `suite`, each with its points and its legend name; a CPU target's
 * name carries its c, since the two CPU servers may burn different c per request.
 */
export function loadSweeps(suite: Parameters<typeof sweepOf>[0]) {
  return LOAD_TARGETS.map((t) => {
    const points = sweepOf(suite, t.strategy);
    const c = points[0]?.params.cpuMs;
    return { ...t, label: c === undefined ? t.label : `${t.label} (c = ${String(c)} ms)`, points };
  }).filter((t) => t.points.length > 0);
}

export const loadThroughputChart: ChartDefinition = {
  file: 'load-throughput.png',
  caption: "Server load: requests per second against connections (log-log), Little's-law ideal dashed",
  appliesTo: (results) => findSuite(results, 'load') !== undefined,
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'Server throughput against connections (closed model, log-log)', 'load');
    const suite = findSuite(results, 'load');
    const sweeps = loadSweeps(suite);
    if (sweeps.length === 0) return frame.missing('No closed-model load points in this run');
    const datasets = sweeps.flatMap((t) => {
      const color = colorFor(t.strategy);
      return [
        {
          type: 'line' as const,
          label: t.label,
          data: t.points.map((r) => ({ x: r.point.connections as number, y: r.load?.requestsPerSecond ?? r.stats.median })),
          borderColor: color,
          backgroundColor: color,
          borderWidth: 3,
          pointRadius: 5,
          pointStyle: 'circle' as const,
          errorBars: t.points.map((r) => (r.stats.n > 1 ? { low: r.stats.min, high: r.stats.max } : null)),
        },
        idealLine(`${t.label}: ideal`, t.points.map((r) => ({ x: r.point.connections as number, y: r.ideal })), color),
      ];
    });
    const all = sweeps.flatMap((t) => t.points);
    const xs = all.map((r) => r.point.connections as number);
    const ys = all.flatMap((r) => [r.load?.requestsPerSecond ?? r.stats.median, r.ideal, r.stats.min, r.stats.max]);
    const options = frame.options();
    return houseChart('line', options, { datasets }, {
      x: axis('connections C (log scale)', { log: true, ...logBounds(xs, 1) }),
      y: axis('requests per second (higher is better, log scale; whiskers: min-max of the seconds)', { log: true, ...logBounds(ys) }),
    });
  },
};
