/**
 * cpu-scaling.png: the worker pool's speedup over sequential against the number of workers W, with
 * the ideal min(W, cores) dashed, the core count as a vertical line and sequential (1×) as reference.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../../results/schema.js';
import { formatSpeedup } from '../format.js';
import { colorFor, IDEAL_COLOR } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { axis, coresLine, houseChart, referenceLine, unityLine } from './config.js';
import { completedOf, findSuite, isEmptyPoint, speedupOf } from './data.js';
import { chartFrame } from './frame.js';

export const cpuScalingChart: ChartDefinition = {
  file: 'cpu-scaling.png',
  caption: 'CPU-bound: worker-pool speedup against workers, ideal min(W, cores) dashed, core count marked',
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'CPU scaling: worker-pool speedup against workers', 'scaling');
    const cpuRows = completedOf(findSuite(results, 'scaling'), 'cpu');
    const pool = cpuRows
      .filter((r) => r.strategy === 'worker-pool' && typeof r.point.workers === 'number')
      .sort((a, b) => (a.point.workers ?? 0) - (b.point.workers ?? 0));
    if (pool.length === 0) return frame.missing('No worker-pool results at {workers: W} in the scaling suite', 'cpu');
    const sequential = cpuRows.find((r) => r.strategy === 'sequential' && isEmptyPoint(r.point));
    const cores = results.context.cpu.cores;
    const ws = pool.map((r) => r.point.workers as number);
    const xMax = Math.max(...ws, cores);
    const measured = pool.map((r) => ({ x: r.point.workers as number, y: speedupOf(r, sequential) }));
    // The ideal bends at the core count: drawn through W = cores too when it lies inside the sweep.
    const idealXs = [...new Set([1, ...ws, ...(cores <= xMax ? [cores] : [])])].sort((a, b) => a - b);
    const ideal = idealXs.map((w) => ({ x: w, y: Math.min(w, cores) }));
    const yMax = Math.max(...ideal.map((p) => p.y), ...measured.map((p) => p.y ?? 0)) * 1.15;
    const best = measured.reduce((a, b) => ((b.y ?? 0) > (a.y ?? 0) ? b : a));
    const datasets = [
      {
        label: 'worker-pool (measured)',
        data: measured,
        borderColor: colorFor('worker-pool'),
        backgroundColor: colorFor('worker-pool'),
        borderWidth: 3,
        pointRadius: 6,
        pointStyle: 'circle' as const,
        valueLabels: measured.map((p) => (p.y !== null ? formatSpeedup(p.y) : null)),
      },
      referenceLine('ideal min(W, cores)', ideal, IDEAL_COLOR, [8, 5]),
      unityLine('sequential (1×)', xMax, colorFor('sequential')),
      coresLine(cores, yMax),
    ];
    const finding = best.y !== null ? ` — best ${formatSpeedup(best.y)} at ${best.x} workers on ${cores} cores` : '';
    const options = frame.options(finding);
    return houseChart('line', options, { datasets }, {
      x: { ...axis('workers W (threads in the pool)', { min: 0, max: xMax + 1 }), ticks: { ...(axis('').ticks as object), stepSize: 1 } },
      y: axis('speedup over sequential (×, higher is better)', { beginAtZero: true, max: Math.ceil(yMax) }),
    });
  },
};
