/**
 * machines-cpu-scaling.png: each machine's worker-pool speedup over sequential (cpu suite) against
 * the cores its process could use (`context.cpu.cores`), one point per machine, with the ideal
 * min(W, cores) dashed (W: the pool's threads, `params.workers`) and sequential's 1× dotted. Machines
 * on the same number of cores stand side by side around it, so no point hides another; each is named
 * in the legend with its speedup and W (past MAX_LABELLED machines, one series: the legend would
 * fill the chart).
 */
import type { ChartConfiguration } from 'chart.js';
import { axis, baseOptions, houseChart, noticeChart, referenceLine, unityLine } from '../../report/charts/config.js';
import { speedupOf } from '../../report/charts/data.js';
import { formatSpeedup } from '../../report/format.js';
import { colorFor, IDEAL_COLOR, seriesColor } from '../../report/palette.js';
import type { MergedFile } from '../merged.js';
import { mergeFooter } from '../rows.js';
import type { MergeChartDefinition } from './index.js';
import { MAX_LABELLED, machineResults, missingLine } from './data.js';

/** Point shapes, cycled with the colours: 8 colours × 6 shapes tell 24 machines apart. */
const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'rectRounded', 'star'] as const;

/** One machine's point: its cores, its pool's threads W, the measured speedup. */
export interface PoolPoint {
  machine: string;
  cores: number;
  workers: number;
  speedup: number;
}

/** The machines' points, in machine order, and the machines with no worker-pool speedup. */
export function poolPoints(merged: MergedFile): { points: PoolPoint[]; missing: string[] } {
  const { found, missing } = machineResults(merged, 'cpu', 'worker-pool');
  const points: PoolPoint[] = [];
  for (const { machine, result, sequential } of found) {
    const speedup = speedupOf(result, sequential);
    const workers = result.params.workers;
    if (speedup === null) missing.push(machine.label);
    // W is the pool's thread count; a result without it ran the default, one thread a core.
    else points.push({ machine: machine.label, cores: machine.cores, workers: typeof workers === 'number' ? workers : machine.cores, speedup });
  }
  return { points, missing };
}

/**
 * The ideal min(W, cores) as a line: at 1 core (1× for any W) and at each machine's cores; with one W
 * for every machine, also at its bend (cores = W) and out to `xEnd`, so it reads as the curve.
 */
export function idealPoints(points: readonly PoolPoint[], xEnd: number): Array<{ x: number; y: number }> {
  const ws = new Set(points.map((p) => p.workers));
  const pairs: Array<[number, number]> = [[1, 1], ...points.map((p): [number, number] => [p.cores, Math.min(p.workers, p.cores)])];
  const [w] = ws;
  if (ws.size === 1 && w !== undefined) pairs.push(...[w, xEnd].filter((x) => x >= 1 && x <= xEnd).map((x): [number, number] => [x, Math.min(w, x)]));
  const unique = [...new Map(pairs.map(([x, y]) => [`${x},${y}`, { x, y }])).values()];
  return unique.sort((a, b) => a.x - b.x || a.y - b.y);
}

/** Each point's x: its cores, moved aside by up to ±0.2 when other machines share that core count. */
export function dodgedX(points: readonly PoolPoint[]): number[] {
  return points.map((p, i) => {
    const group = points.flatMap((q, j) => (q.cores === p.cores ? [j] : []));
    if (group.length < 2) return p.cores;
    const step = Math.min(0.1, 0.4 / (group.length - 1));
    return p.cores + (group.indexOf(i) - (group.length - 1) / 2) * step;
  });
}

const TITLE = 'Worker-pool speedup against cores, one point per machine';

export function cpuScalingConfig(merged: MergedFile): ChartConfiguration {
  const footer = mergeFooter(merged);
  const { points, missing } = poolPoints(merged);
  const note = missingLine('worker-pool result in the cpu suite', missing);
  if (points.length === 0) return noticeChart(TITLE, ['No machine has a worker-pool result in its cpu suite', 'Run the cpu suite: npm run bench -- --suite cpu'], footer);
  const xMax = Math.max(...points.map((p) => p.cores));
  // The reference lines run past the last machine's dodged points.
  const xEnd = xMax + 0.5;
  const ideal = idealPoints(points, xEnd);
  const xs = dodgedX(points);
  const pointsData = points.map((p, i) => ({ x: xs[i] as number, y: p.speedup }));
  const marker = (label: string, data: Array<{ x: number; y: number }>, i: number) => ({
    type: 'line' as const,
    label,
    data,
    showLine: false,
    borderColor: seriesColor(i),
    backgroundColor: seriesColor(i),
    pointRadius: 8,
    pointBorderWidth: 2,
    pointStyle: POINT_STYLES[i % POINT_STYLES.length],
  });
  const machines =
    points.length <= MAX_LABELLED
      ? points.map((p, i) => marker(`${p.machine}: ${formatSpeedup(p.speedup)} (W=${p.workers})`, [pointsData[i] as { x: number; y: number }], i))
      : [marker(`${points.length} machines (one point each)`, pointsData, 0)];
  const datasets = [...machines, referenceLine('ideal min(W, cores)', ideal, IDEAL_COLOR, [8, 5]), unityLine('sequential (1×)', xEnd, colorFor('sequential'))];
  const yMax = Math.max(...ideal.map((p) => p.y), ...points.map((p) => p.speedup)) * 1.15;
  const low = points.reduce((a, b) => (b.speedup < a.speedup ? b : a));
  const high = points.reduce((a, b) => (b.speedup > a.speedup ? b : a));
  const on = (cores: number) => ` on ${cores} core${cores === 1 ? '' : 's'}`;
  const finding =
    formatSpeedup(low.speedup) === formatSpeedup(high.speedup) && low.cores === high.cores
      ? `${formatSpeedup(high.speedup)}${on(high.cores)}`
      : low.cores === high.cores
        ? `${formatSpeedup(low.speedup)} to ${formatSpeedup(high.speedup)}${on(high.cores)}`
        : `${formatSpeedup(low.speedup)}${on(low.cores)} to ${formatSpeedup(high.speedup)}${on(high.cores)}`;
  // The finding on a line of its own (too long for one with the title), then the machines left out.
  const options = baseOptions([TITLE, finding, ...(note ? [note] : [])], footer);
  return houseChart('line', options, { datasets } as ChartConfiguration['data'], {
    x: { ...axis('cores the process could use (context.cpu.cores)', { min: 0, max: xMax + 1 }), ticks: { ...(axis('').ticks as object), stepSize: 1 } },
    y: axis('worker-pool speedup over sequential (×, higher is better)', { beginAtZero: true, max: Math.ceil(yMax) }),
  });
}

export const machinesCpuScalingChart: MergeChartDefinition = {
  file: 'machines-cpu-scaling.png',
  caption: 'Worker-pool speedup (cpu suite) against the cores each machine gave the process, one point per machine, ideal min(W, cores) dashed',
  config: cpuScalingConfig,
};
