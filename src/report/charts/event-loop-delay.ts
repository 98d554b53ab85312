/**
 * event-loop-delay.png: how long the main thread's event loop was blocked (p99 delay) while each
 * strategy ran, for the CPU and I/O suites. CPU work on the main thread blocks it; a pool does not.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../../results/schema.js';
import { formatMs } from '../format.js';
import { colorFor } from '../palette.js';
import { logBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart } from './config.js';
import { completedOf, findSuite, isEmptyPoint, orderStrategies, suiteProblem } from './data.js';
import { chartFrame } from './frame.js';

const GROUPS = [
  { suite: 'cpu', label: 'CPU-bound (cpu suite)' },
  { suite: 'io', label: 'I/O-bound (io suite)' },
] as const;

export const eventLoopDelayChart: ChartDefinition = {
  file: 'event-loop-delay.png',
  caption: 'Event-loop delay p99 of the main thread per strategy, CPU-bound and I/O-bound',
  config(results: ResultsFile): ChartConfiguration {
    const frame = chartFrame(results, 'Event-loop delay p99 while each strategy ran');
    const groups = GROUPS.map((g) => ({
      ...g,
      rows: completedOf(findSuite(results, g.suite), g.suite).filter((r) => isEmptyPoint(r.point) && r.eventLoopDelay),
    }));
    if (groups.every((g) => g.rows.length === 0)) {
      const lines = GROUPS.map((g) => suiteProblem(results, g.suite, g.suite)?.[0] ?? `No event-loop delay recorded in the ${g.suite} suite`);
      return frame.notice(lines);
    }
    const strategies = orderStrategies(groups.flatMap((g) => g.rows.map((r) => r.strategy)));
    const datasets = strategies.map((strategy) => {
      const p99 = groups.map((g) => g.rows.find((r) => r.strategy === strategy)?.eventLoopDelay?.p99 ?? null);
      return {
        label: strategy,
        data: p99,
        backgroundColor: colorFor(strategy),
        borderColor: colorFor(strategy),
        pointStyle: 'rect' as const,
        valueLabels: p99.map((v) => (v !== null ? formatMs(v) : null)),
      };
    });
    const all = datasets.flatMap((d) => d.data).filter((v): v is number => v !== null);
    const log = spansDecades(all);
    const labels = groups.map((g) => g.label);
    const categoryNotes = groups.map((g) =>
      g.rows.length > 0 ? null : (suiteProblem(results, g.suite, g.suite)?.[0] ?? `No event-loop delay recorded in the ${g.suite} suite`),
    );
    const cpu = groups[0]?.rows ?? [];
    const seq = cpu.find((r) => r.strategy === 'sequential')?.eventLoopDelay?.p99;
    const pool = cpu.find((r) => r.strategy === 'worker-pool')?.eventLoopDelay?.p99;
    const finding =
      seq !== undefined && pool !== undefined ? ` — CPU on the main thread: ${formatMs(seq)}; worker pool: ${formatMs(pool)}` : '';
    const options = frame.options(finding);
    return houseChart('bar', options, { labels, datasets }, {
      x: axis('workload (suite)', { category: true }),
      y: axis(`event-loop delay p99 (ms, lower is better${log ? ', log scale' : ''})`, {
        log,
        ...(log ? logBounds(all) : { beginAtZero: true, suggestedMax: Math.max(...all) * 1.15 }),
      }),
    }, { asyncbenchNotice: { categoryNotes } });
  },
};
