/**
 * threadpool.png: the speedup over pbkdf2Sync one by one against UV_THREADPOOL_SIZE, for async pbkdf2
 * under Promise.all and awaited one by one, with the model's min(size, cores) dashed, sync (1×) as
 * reference and the core count as a vertical line.
 */
import type { ChartConfiguration } from 'chart.js';
import { threadpoolLanes, threadpoolModelSpeedup } from '../../model/threadpool.js';
import type { CompletedResult, ResultsFile } from '../../results/schema.js';
import { formatSpeedup } from '../format.js';
import { colorFor, IDEAL_COLOR } from '../palette.js';
import type { ChartDefinition } from './chart.js';
import { axis, coresLine, houseChart, referenceLine, unityLine } from './config.js';
import { completedOf, findSuite, speedupOf } from './data.js';
import { chartFrame } from './frame.js';

/** The measured lines, drawn in this order; only the first is labelled (at size 1 both sit at ~1×, and labels would overlap). */
const LINES = [
  { strategy: 'async-all', label: 'async, Promise.all (measured)', width: 3, radius: 6, labelled: true },
  { strategy: 'async-serial', label: 'async, awaited one by one (measured)', width: 2, radius: 4, labelled: false },
] as const;

export const threadpoolChart: ChartDefinition = {
  file: 'threadpool.png',
  caption: "libuv threadpool: async pbkdf2 speedup over pbkdf2Sync against UV_THREADPOOL_SIZE, ideal min(size, cores) dashed, core count marked",
  appliesTo: (results) => findSuite(results, 'threadpool') !== undefined,
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, "Native work on libuv's threadpool: speedup over pbkdf2Sync against UV_THREADPOOL_SIZE", 'threadpool');
    const rows = completedOf(findSuite(results, 'threadpool'), 'cpu').filter((r) => typeof r.point.poolSize === 'number');
    const bySize = (strategy: string): CompletedResult[] =>
      rows.filter((r) => r.strategy === strategy).sort((a, b) => (a.point.poolSize ?? 0) - (b.point.poolSize ?? 0));
    const all = bySize('async-all');
    if (all.length === 0) return frame.missing('No async-all results at {poolSize: n} in the threadpool suite', 'cpu');
    const syncAt = (size: number) => rows.find((r) => r.strategy === 'sync' && r.point.poolSize === size);
    const cores = results.context.cpu.cores;
    const calls = Number(all[0]?.params.calls);
    const sizes = all.map((r) => r.point.poolSize as number);
    const xMax = Math.max(...sizes, cores);

    const ys: number[] = [];
    const datasets: Array<Record<string, unknown>> = LINES.map(({ strategy, label, width, radius, labelled }) => {
      const data = bySize(strategy).map((r) => ({ x: r.point.poolSize as number, y: speedupOf(r, syncAt(r.point.poolSize as number)) }));
      for (const p of data) if (p.y !== null) ys.push(p.y);
      const color = colorFor(strategy);
      return {
        type: 'line',
        label,
        data,
        borderColor: color,
        backgroundColor: color,
        borderWidth: width,
        pointRadius: radius,
        pointStyle: 'circle',
        ...(labelled ? { valueLabels: data.map((p) => (p.y !== null ? formatSpeedup(p.y) : null)) } : {}),
      };
    });
    // The model bends at the core count: drawn through size = cores too when it lies inside the sweep.
    const idealXs = [...new Set([1, ...sizes, ...(cores <= xMax ? [cores] : [])])].sort((a, b) => a - b);
    const ideal = idealXs.map((s) => ({ x: s, y: threadpoolModelSpeedup(calls, s, cores) }));
    // N/⌈N/min(size, cores)⌉ is min(size, cores) when N is a multiple of it; the label says which is drawn.
    const exact = ideal.every((p) => p.y === threadpoolLanes(p.x, cores));
    const yMax = Math.max(...ideal.map((p) => p.y), ...ys) * 1.15;
    datasets.push(
      referenceLine(exact ? 'ideal min(size, cores)' : `ideal ${calls}/⌈${calls}/min(size, cores)⌉`, ideal, IDEAL_COLOR, [8, 5]),
      unityLine('pbkdf2Sync one by one (1×)', xMax, colorFor('sync')),
      coresLine(cores, yMax),
    );
    const measured = (datasets[0]?.data ?? []) as Array<{ x: number; y: number | null }>;
    const best = measured.reduce((a, b) => ((b.y ?? 0) > (a.y ?? 0) ? b : a), { x: 0, y: null as number | null });
    const finding = best.y !== null ? ` — Promise.all: best ${formatSpeedup(best.y)} at size ${best.x} on ${cores} cores` : '';
    return houseChart('line', frame.options(finding), { datasets } as unknown as ChartConfiguration['data'], {
      x: { ...axis("UV_THREADPOOL_SIZE (threads in libuv's pool)", { min: 0, max: xMax + 1 }), ticks: { ...(axis('').ticks as object), stepSize: 1 } },
      y: axis('speedup over pbkdf2Sync one by one (×, higher is better)', { beginAtZero: true, max: Math.ceil(yMax) }),
    });
  },
};
