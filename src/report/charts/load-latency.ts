/**
 * load-latency.png: latency p50 (solid) and p99 (dotted) against connections C on log-log axes, one
 * colour per load target. On one event loop a CPU-bound server's latency grows with C (each request
 * waits for the others: W = C·c); the I/O server's stays near d.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../../results/schema.js';
import { colorFor } from '../palette.js';
import { logBounds } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart } from './config.js';
import { findSuite } from './data.js';
import { chartFrame } from './frame.js';
import { loadSweeps } from './load-throughput.js';

export const loadLatencyChart: ChartDefinition = {
  file: 'load-latency.png',
  caption: 'Server load: latency p50 (solid) and p99 (dotted) against connections (log-log)',
  appliesTo: (results) => findSuite(results, 'load') !== undefined,
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'Server latency against connections (closed model, log-log)', 'load');
    const suite = findSuite(results, 'load');
    const sweeps = loadSweeps(suite);
    if (sweeps.length === 0) return frame.missing('No closed-model load points in this run');
    const datasets = sweeps.flatMap((t) => {
      const color = colorFor(t.strategy);
      const line = (which: 'p50' | 'p99') => ({
        type: 'line' as const,
        label: `${t.label}: ${which}`,
        data: t.points.map((r) => ({ x: r.point.connections as number, y: r.load?.latency[which] ?? 0 })),
        borderColor: color,
        backgroundColor: color,
        borderWidth: which === 'p50' ? 3 : 2,
        borderDash: which === 'p50' ? [] : [2, 4],
        pointRadius: which === 'p50' ? 5 : 4,
        pointStyle: which === 'p50' ? ('circle' as const) : ('triangle' as const),
      });
      return [line('p50'), line('p99')];
    });
    const all = sweeps.flatMap((t) => t.points);
    const xs = all.map((r) => r.point.connections as number);
    const ys = all.flatMap((r) => [r.load?.latency.p50 ?? 0, r.load?.latency.p99 ?? 0]);
    const options = frame.options();
    return houseChart('line', options, { datasets }, {
      x: axis('connections C (log scale)', { log: true, ...logBounds(xs, 1) }),
      y: axis('latency (ms, lower is better, log scale)', { log: true, ...logBounds(ys) }),
    });
  },
};
