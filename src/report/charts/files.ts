/**
 * files.png: the files suite's Promise.all batch time against N on log-log axes, one solid line per
 * UV_THREADPOOL_SIZE for slow file reads (they queue for libuv's pool: ceil(N/min(size, N))·d) and
 * one for as many sockets of the same d (they never touch the pool: d whatever the size, so only
 * those at the smallest size are drawn), each line's model dashed in its colour, the CI of each
 * median as whiskers.
 */
import type { ChartConfiguration } from 'chart.js';
import type { CompletedResult, ResultsFile, Suite } from '../../results/schema.js';
import { formatMs, formatSpeedup } from '../format.js';
import { colorFor, seriesColor } from '../palette.js';
import { logStepBounds } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLine } from './config.js';
import { completedOf, findSuite } from './data.js';
import { chartFrame } from './frame.js';

/** libuv's default pool size: the title's finding is read there when the run measured it. */
const DEFAULT_POOL_SIZE = 4;

/** A colour per pool size: the house's series palette without its blues (cyan, indigo), which would read as the sockets' blue. */
const SIZE_COLORS = [0, 2, 4, 3, 6, 7].map(seriesColor);

/** The sweep's results of one workload: Promise.all (`concurrent`) at `{ poolSize, tasks }`. */
function sweepOf(suite: Suite | undefined, workload: 'file' | 'io'): CompletedResult[] {
  return completedOf(suite, workload)
    .filter((r) => r.strategy === 'concurrent' && typeof r.point.poolSize === 'number' && typeof r.point.tasks === 'number')
    .sort((a, b) => (a.point.poolSize ?? 0) - (b.point.poolSize ?? 0) || (a.point.tasks ?? 0) - (b.point.tasks ?? 0));
}

/** Whether the files suite has sweep results of `workload` (any state) or errored before any. */
function hasSweep(results: ResultsFile): boolean {
  const suite = findSuite(results, 'files');
  if (!suite) return false;
  const any = suite.results.some((r) => r.strategy === 'concurrent' && (r.workload === 'file' || r.workload === 'io') && typeof r.point.poolSize === 'number');
  return any || suite.state !== 'completed';
}

/** One measured line (solid, whiskers) and its model (dashed, same colour). */
function lineOf(label: string, modelLabel: string, rows: readonly CompletedResult[], color: string, pointStyle: 'circle' | 'triangle') {
  return [
    {
      type: 'line' as const,
      label,
      data: rows.map((r) => ({ x: r.point.tasks as number, y: r.stats.median })),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 3,
      pointRadius: 5,
      pointStyle,
      clip: false,
      errorBars: rows.map((r) => ({ low: r.stats.ci.low, high: r.stats.ci.high })),
    },
    idealLine(modelLabel, rows.map((r) => ({ x: r.point.tasks as number, y: r.ideal })), color),
  ];
}

/** `12×` of d when the results say what d was, else the time itself. */
function ofD(ms: number, d: number | null): string {
  return d !== null ? `${formatSpeedup(ms / d)} d` : formatMs(ms);
}

/**
 * The title's finding at libuv's default size (else the smallest measured) and the largest N there:
 * ` — 48 reads took 12× d at 4 threads (model 12×), sockets 1.2× d (d = 20 ms)`.
 */
function finding(files: readonly CompletedResult[], sockets: readonly CompletedResult[]): string {
  const sizes = files.map((r) => r.point.poolSize as number);
  const size = sizes.includes(DEFAULT_POOL_SIZE) ? DEFAULT_POOL_SIZE : Math.min(...sizes);
  const read = files.filter((r) => r.point.poolSize === size).at(-1);
  if (!read) return '';
  const n = read.point.tasks as number;
  const delay = Number(read.params.delayMs);
  const d = delay > 0 ? delay : null;
  const model = d !== null ? formatSpeedup(read.ideal / d) : formatMs(read.ideal);
  const socket = sockets.find((r) => r.point.tasks === n);
  const socketText = socket ? `, sockets ${ofD(socket.stats.median, d)}` : '';
  return ` — ${n} reads took ${ofD(read.stats.median, d)} at ${size} thread${size === 1 ? '' : 's'} (model ${model})${socketText}${d !== null ? ` (d = ${formatMs(d)})` : ''}`;
}

export const filesChart: ChartDefinition = {
  file: 'files.png',
  caption:
    'Files against sockets under Promise.all: batch time against N (log-log), one line per UV_THREADPOOL_SIZE, sockets at the smallest size, each model dashed, whiskers: CI of the median',
  appliesTo: hasSweep,
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, "Files wait on libuv's pool, sockets do not: Promise.all batch time against N", 'files');
    const suite = findSuite(results, 'files');
    const files = sweepOf(suite, 'file');
    if (files.length === 0) return frame.missing('No Promise.all file reads at {poolSize, tasks: N} in the files suite', 'file');
    const allSockets = sweepOf(suite, 'io');
    const smallest = Math.min(...allSockets.map((r) => r.point.poolSize as number));
    const sockets = allSockets.filter((r) => r.point.poolSize === smallest);

    const sizes = [...new Set(files.map((r) => r.point.poolSize as number))];
    const datasets: object[] = sizes.flatMap((size, i) =>
      lineOf(
        `files, Promise.all (UV_THREADPOOL_SIZE=${size})`,
        `model ⌈N/min(${size}, N)⌉·d`,
        files.filter((r) => r.point.poolSize === size),
        SIZE_COLORS[i % SIZE_COLORS.length] as string,
        'circle',
      ),
    );
    if (sockets.length > 0) {
      datasets.push(...lineOf(`sockets, Promise.all (UV_THREADPOOL_SIZE=${smallest})`, 'model d (sockets)', sockets, colorFor('io'), 'triangle'));
    }
    const drawn = [...files, ...sockets];
    const xs = drawn.map((r) => r.point.tasks as number);
    const ys = drawn.flatMap((r) => [r.stats.median, r.ideal, r.stats.ci.low, r.stats.ci.high]);
    const options = frame.options(finding(files, sockets));
    return houseChart('line', options, { datasets } as ChartConfiguration['data'], {
      // The sweep's own range and a little either side, so its end points are whole.
      x: axis('tasks per batch N (log scale)', { log: true, min: Math.min(...xs) / 1.25, max: Math.max(...xs) * 1.25 }),
      y: axis('median batch time (ms, lower is better, log scale)', { log: true, ...logStepBounds(ys, 1.25) }),
    });
  },
};
