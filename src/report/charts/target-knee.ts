/**
 * target-knee.png: against the calls in flight k (log scale), the target's speedup over one call at a
 * time (solid, left axis) with Little's law's ideal k dashed, and its latency p50 and p99 (right
 * axis, log), the knee marked by a vertical line and the reason in the title.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '../../format.js';
import { kneeOf, sweepPoints, targetClaims } from '../../model/target-sweep.js';
import type { ResultsFile } from '../../results/schema.js';
import { formatSpeedup } from '../format.js';
import { colorFor, IDEAL_COLOR } from '../palette.js';
import { logBounds } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, referenceLine } from './config.js';
import { findSuite } from './data.js';
import { chartFrame } from './frame.js';

const LATENCY_COLOR = '#6b7280';

export const targetKneeChart: ChartDefinition = {
  file: 'target-knee.png',
  caption: 'Your endpoint: speedup over one call at a time (left) and latency p50/p99 (right) against calls in flight k, the knee marked',
  appliesTo: (results) => findSuite(results, 'target') !== undefined,
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'Your endpoint: how far concurrency pays', 'target');
    const suite = findSuite(results, 'target');
    const points = sweepPoints(suite);
    const one = points[0];
    if (!one || one.k !== 1 || points.length < 2) return frame.missing('No sweep from k = 1 in this run');
    const knee = kneeOf(points) ?? one;
    const reason = targetClaims(suite)[1]?.reasons?.[0];
    const speedups = points.map((p) => ({ x: p.k, y: p.rps / one.rps }));
    const kMax = points.at(-1)?.k ?? 1;
    const yMax = Math.max(kMax, ...speedups.map((p) => p.y)) * 1.1;
    const latency = (which: 'p50' | 'p99') => ({
      type: 'line' as const,
      label: `latency ${which} (right axis)`,
      data: points.map((p) => ({ x: p.k, y: Math.max(0.1, p.figures.latency[which]) })),
      borderColor: LATENCY_COLOR,
      backgroundColor: LATENCY_COLOR,
      borderWidth: 2,
      borderDash: which === 'p50' ? [] : [2, 4],
      pointRadius: 4,
      pointStyle: which === 'p50' ? ('rect' as const) : ('triangle' as const),
      yAxisID: 'y1',
    });
    const datasets = [
      {
        type: 'line' as const,
        label: 'speedup (measured)',
        data: speedups,
        borderColor: colorFor('bounded'),
        backgroundColor: colorFor('bounded'),
        borderWidth: 3,
        pointRadius: 6,
        pointStyle: 'circle' as const,
        valueLabels: speedups.map((p) => formatSpeedup(p.y)),
        yAxisID: 'y',
      },
      { ...referenceLine("ideal k (Little's law: no queue)", points.map((p) => ({ x: p.k, y: p.k })), IDEAL_COLOR, [8, 5]), yAxisID: 'y' },
      { ...referenceLine(`knee: k = ${knee.k}`, [{ x: knee.k, y: 0 }, { x: knee.k, y: yMax }], '#dc2626', [3, 3]), yAxisID: 'y' },
      latency('p50'),
      latency('p99'),
    ];
    const why = reason ? ` — ${reason.kind === 'none' ? 'scales to the largest k' : reason.kind}` : '';
    const options = frame.options(` — knee at k = ${knee.k} (${formatNumber(knee.rps / one.rps)}×)${why}`);
    const lat = points.flatMap((p) => [Math.max(0.1, p.figures.latency.p50), Math.max(0.1, p.figures.latency.p99)]);
    return houseChart('line', options, { datasets } as ChartConfiguration['data'], {
      // The sweep's own range (1 to N and a little), not the next decade: a k beyond N was not tried.
      x: axis('calls in flight k (log scale)', { log: true, min: 1, max: Math.ceil(kMax * 1.25) }),
      y: axis('speedup over one call at a time (×, higher is better)', { beginAtZero: true, suggestedMax: yMax }),
      y1: { ...axis('latency (ms, log scale)', { log: true, ...logBounds(lat) }), position: 'right', grid: { drawOnChartArea: false } },
    });
  },
};
