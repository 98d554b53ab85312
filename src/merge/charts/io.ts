/**
 * machines-io.png: each machine's concurrent I/O (io suite) beside the others: its speedup over
 * sequential as a bar on the left axis, the ideal speedup as a dashed mark across it, and its
 * efficiency (ideal / measured) as a paler bar on the right axis, each figure written above its bar
 * (up to MAX_LABELLED machines). A machine without the result keeps its place, with a note saying so.
 */
import type { ChartConfiguration } from 'chart.js';
import { axis, baseOptions, houseChart, idealLegendEntry, noticeChart } from '../../report/charts/config.js';
import { idealSpeedup, speedupOf } from '../../report/charts/data.js';
import { formatPercent, formatSpeedup } from '../../report/format.js';
import { colorFor, withAlpha } from '../../report/palette.js';
import type { MergedFile } from '../merged.js';
import { mergeFooter } from '../rows.js';
import type { MergeChartDefinition } from './index.js';
import { MAX_LABELLED, machineResults, missingLine } from './data.js';

/** One machine's bar pair: null where it has no concurrent result. */
export interface IoBar {
  machine: string;
  /** `[label, '2 cores · v20.20.2']`: the category's two lines. */
  category: string[];
  speedup: number | null;
  idealSpeedup: number | null;
  /** ideal / median, as a fraction. */
  efficiency: number | null;
}

/** Every machine's bar pair, in machine order. */
export function ioBars(merged: MergedFile): IoBar[] {
  const { found } = machineResults(merged, 'io', 'concurrent');
  return merged.machines.map((m) => {
    const hit = found.find((f) => f.machine === m);
    const category = [m.label, `${m.cores} core${m.cores === 1 ? '' : 's'} · ${m.node}`];
    if (!hit) return { machine: m.label, category, speedup: null, idealSpeedup: null, efficiency: null };
    return {
      machine: m.label,
      category,
      speedup: speedupOf(hit.result, hit.sequential),
      idealSpeedup: idealSpeedup(hit.result, hit.sequential),
      efficiency: hit.result.efficiency,
    };
  });
}

const TITLE = 'Concurrent I/O per machine: speedup over sequential and efficiency';

export function ioConfig(merged: MergedFile): ChartConfiguration {
  const footer = mergeFooter(merged);
  const bars = ioBars(merged);
  const speedups = bars.flatMap((b) => (b.speedup !== null ? [b.speedup] : []));
  if (speedups.length === 0) return noticeChart(TITLE, ['No machine has a concurrent result in its io suite', 'Run the io suite: npm run bench -- --suite io'], footer);
  const blue = colorFor('concurrent');
  const labelled = bars.length <= MAX_LABELLED;
  const speedup = {
    label: 'speedup over sequential (left axis)',
    data: bars.map((b) => b.speedup),
    yAxisID: 'y',
    backgroundColor: blue,
    borderColor: blue,
    pointStyle: 'rect' as const,
    idealMarks: bars.map((b) => b.idealSpeedup),
    ...(labelled ? { valueLabels: bars.map((b) => (b.speedup !== null ? formatSpeedup(b.speedup) : null)) } : {}),
  };
  const efficiency = {
    label: 'efficiency: ideal / measured (right axis)',
    data: bars.map((b) => (b.efficiency !== null ? b.efficiency * 100 : null)),
    yAxisID: 'y1',
    backgroundColor: withAlpha(blue, 0.3),
    borderColor: blue,
    borderWidth: 1,
    pointStyle: 'rect' as const,
    ...(labelled ? { valueLabels: bars.map((b) => (b.efficiency !== null ? formatPercent(b.efficiency) : null)) } : {}),
  };
  const ideals = bars.flatMap((b) => (b.idealSpeedup !== null ? [b.idealSpeedup] : []));
  const lo = Math.min(...speedups);
  const hi = Math.max(...speedups);
  const range = formatSpeedup(lo) === formatSpeedup(hi) ? formatSpeedup(hi) : `${formatSpeedup(lo)} to ${formatSpeedup(hi)}`;
  const idealText = ideals.length > 0 && new Set(ideals).size === 1 ? ` (ideal ${formatSpeedup(ideals[0])})` : '';
  const note = missingLine('concurrent result in the io suite', bars.filter((b) => b.speedup === null).map((b) => b.machine));
  // The finding on a line of its own (too long for one with the title), then the machines left out.
  const options = baseOptions([TITLE, `${range}${idealText}`, ...(note ? [note] : [])], footer);
  const right = axis('efficiency: ideal / measured (%, 100 = ideal)', { beginAtZero: true, suggestedMax: 100 });
  const datasets = [speedup, efficiency, idealLegendEntry('ideal speedup (dashed)')];
  return houseChart(
    'bar',
    options,
    { labels: bars.map((b) => b.category), datasets } as ChartConfiguration['data'],
    {
      x: axis('machine', { category: true }),
      y: axis('concurrent speedup over sequential (×, higher is better)', { beginAtZero: true, suggestedMax: Math.max(...speedups, ...ideals) * 1.15 }),
      y1: { ...right, position: 'right', grid: { drawOnChartArea: false } },
    },
    { asyncbenchNotice: { categoryNotes: bars.map((b) => (b.speedup === null ? 'no io result' : null)) } },
  );
}

export const machinesIoChart: MergeChartDefinition = {
  file: 'machines-io.png',
  caption: 'Concurrent I/O (io suite) per machine: speedup over sequential (ideal dashed) and efficiency',
  config: ioConfig,
};
