/**
 * mixed-crossover.png: speedup over sequential against the CPU share f of each task, one line per
 * strategy with the model's speedup dashed, and a vertical line where the pool starts to beat
 * concurrency (measured, and the model's (ceil(N/W)-1)/(N-1) dotted).
 */
import type { ChartConfiguration } from 'chart.js';
import { measuredCrossover, mixedRows, offloadWins, pct } from '../../model/mixed-claims.js';
import { modelCrossoverShare } from '../../model/mixed.js';
import type { CompletedResult, ResultsFile } from '../../results/schema.js';
import { colorFor, IDEAL_COLOR } from '../palette.js';
import { logBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLine, referenceLine } from './config.js';
import { findSuite, speedupOf } from './data.js';
import { chartFrame } from './frame.js';

const LINES = [
  { key: 'sequential', strategy: 'sequential' },
  { key: 'concurrent', strategy: 'concurrent' },
  { key: 'pool', strategy: 'worker-pool' },
  { key: 'offload', strategy: 'offload' },
] as const;

export const mixedCrossoverChart: ChartDefinition = {
  file: 'mixed-crossover.png',
  caption: 'Mixed tasks: speedup over sequential against the CPU share, model dashed, crossover marked',
  appliesTo: (results) => findSuite(results, 'mixed') !== undefined,
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'Mixed tasks: speedup over sequential against CPU share f = c/(c+d)', 'mixed');
    const suite = findSuite(results, 'mixed');
    const rows = mixedRows(suite);
    if (rows.length === 0) return frame.missing('No mixed results in this run', 'mixed');
    const ys: number[] = [];
    const datasets: Array<Record<string, unknown>> = LINES.flatMap(({ key, strategy }) => {
      const points = rows
        .map((row) => ({ row, r: row[key] as CompletedResult | undefined }))
        .filter((p): p is { row: (typeof rows)[number]; r: CompletedResult } => p.r !== undefined);
      if (points.length === 0) return [];
      const color = colorFor(strategy);
      const measured = points.map(({ row, r }) => ({ x: row.share * 100, y: speedupOf(r, row.sequential) }));
      const model = points.map(({ row, r }) => ({ x: row.share * 100, y: row.sequential && r.ideal > 0 ? row.sequential.ideal / r.ideal : null }));
      for (const p of [...measured, ...model]) if (typeof p.y === 'number') ys.push(p.y);
      return [
        { type: 'line', label: strategy, data: measured, borderColor: color, backgroundColor: color, borderWidth: 3, pointRadius: 5, pointStyle: 'circle' },
        idealLine(`${strategy}: model`, model, color),
      ];
    });
    const log = spansDecades(ys, 9);
    const bounds = log ? logBounds(ys) : { min: 0, max: Math.ceil(Math.max(1, ...ys) * 1.15) };
    const crossing = measuredCrossover(rows);
    const poolParams = rows.find((r) => r.pool)?.pool?.params;
    const cores = results.context.cpu.cores;
    const model =
      poolParams && Number(poolParams.workers) <= cores ? modelCrossoverShare(Number(poolParams.tasks), Number(poolParams.workers)) : null;
    const vertical = (share: number, label: string, dash: number[], color: string) =>
      referenceLine(
        label,
        [
          { x: share * 100, y: bounds.min },
          { x: share * 100, y: bounds.max },
        ],
        color,
        dash,
      );
    if (crossing) datasets.push(vertical(crossing.share, `crossover measured ≈ ${pct(crossing.share)}`, [], '#9333ea'));
    if (model !== null) datasets.push(vertical(model, `crossover model ${pct(model)}`, [2, 4], IDEAL_COLOR));
    const wins = offloadWins(rows);
    const offloadText = wins.shares === 0 ? '' : `; offload fastest at ${wins.wins} of ${wins.shares} shares between`;
    const finding = (crossing ? ` — the pool overtakes concurrency at f ≈ ${pct(crossing.share)}` : ' — no crossover in the sweep') + offloadText;
    const options = frame.options(finding);
    return houseChart('line', options, { datasets } as unknown as ChartConfiguration['data'], {
      x: axis('CPU share of each task f (%), at a fixed c + d', { min: 0, max: 100 }),
      y: axis(`speedup over sequential (higher is better${log ? ', log scale' : ''})`, log ? { log: true, ...bounds } : { ...bounds }),
    });
  },
};
