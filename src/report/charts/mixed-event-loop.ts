/**
 * mixed-event-loop.png: the event-loop delay p99 of the main thread while each strategy ran, per CPU
 * share: what the batch time hides. A concurrent batch with CPU inside blocks everything else the
 * process serves; the pool and offload keep the loop free.
 */
import type { ChartConfiguration } from 'chart.js';
import { mixedRows, pct } from '../../model/mixed-claims.js';
import type { ResultsFile } from '../../results/schema.js';
import { formatMs } from '../format.js';
import { colorFor } from '../palette.js';
import { logBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart } from './config.js';
import { findSuite } from './data.js';
import { chartFrame } from './frame.js';

const BARS = [
  { key: 'sequential', strategy: 'sequential' },
  { key: 'concurrent', strategy: 'concurrent' },
  { key: 'pool', strategy: 'worker-pool' },
  { key: 'offload', strategy: 'offload' },
] as const;

export const mixedEventLoopChart: ChartDefinition = {
  file: 'mixed-event-loop.png',
  caption: 'Mixed tasks: event-loop delay p99 of the main thread per strategy and CPU share',
  appliesTo: (results) => findSuite(results, 'mixed') !== undefined,
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'Mixed tasks: event-loop delay p99 while each strategy ran', 'mixed');
    const rows = mixedRows(findSuite(results, 'mixed'));
    if (rows.length === 0) return frame.missing('No mixed results in this run', 'mixed');
    const datasets = BARS.map(({ key, strategy }) => {
      const p99 = rows.map((row) => row[key]?.eventLoopDelay?.p99 ?? null);
      return {
        label: strategy,
        data: p99,
        backgroundColor: colorFor(strategy),
        borderColor: colorFor(strategy),
        pointStyle: 'rect' as const,
        valueLabels: p99.map((v) => (v !== null ? formatMs(v) : null)),
      };
    }).filter((d) => d.data.some((v) => v !== null));
    const all = datasets.flatMap((d) => d.data).filter((v): v is number => v !== null);
    if (all.length === 0) return frame.notice(['No event-loop delay recorded in the mixed suite']);
    const log = spansDecades(all);
    const options = frame.options();
    return houseChart('bar', options, { labels: rows.map((row) => `f = ${pct(row.share)}`), datasets }, {
      x: axis('CPU share of each task f = c/(c+d)', { category: true }),
      y: axis(`event-loop delay p99 (ms, lower is better${log ? ', log scale' : ''})`, {
        log,
        ...(log ? logBounds(all) : { beginAtZero: true, suggestedMax: Math.max(...all) * 1.15 }),
      }),
    });
  },
};
