/**
 * headline.png: the one picture of the project. Speedup over sequential for every strategy, I/O and
 * CPU side by side, the ideal speedup as a dashed mark, and a title that states what the data found.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../../results/schema.js';
import { formatSpeedup } from '../format.js';
import { colorFor } from '../palette.js';
import { logBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, houseChart, idealLegendEntry } from './config.js';
import {
  completedOf,
  findSuite,
  idealSpeedup,
  isEmptyPoint,
  orderStrategies,
  speedupOf,
  suiteNote,
  suiteProblem,
} from './data.js';
import { chartFrame } from './frame.js';
import { busyHeadline } from '../busy.js';

const GROUPS = [
  { suite: 'io', workload: 'io', label: 'I/O-bound (io suite)' },
  { suite: 'cpu', workload: 'cpu', label: 'CPU-bound (cpu suite)' },
] as const;

/** A speedup counts as "speeds up" from this factor on (below it is noise around 1×). */
const MEANINGFUL_SPEEDUP = 1.2;

function isNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** One group of bars (a suite): each strategy's speedup and ideal speedup over sequential, by strategy name. */
interface GroupData {
  byStrategy: Map<string, { speedup: number | null; ideal: number | null }>;
}

function groupData(results: ResultsFile, suiteName: string, workload: 'io' | 'cpu'): GroupData {
  const rows = completedOf(findSuite(results, suiteName), workload).filter((r) => isEmptyPoint(r.point));
  const sequential = rows.find((r) => r.strategy === 'sequential');
  const byStrategy = new Map<string, { speedup: number | null; ideal: number | null }>();
  for (const r of rows) byStrategy.set(r.strategy, { speedup: speedupOf(r, sequential), ideal: idealSpeedup(r, sequential) });
  return { byStrategy };
}

/**
 * The finding the title states, e.g. `Concurrent: 84× faster on I/O, 1.0× on CPU — only the worker
 * pool speeds up CPU (1.9×)`, from the io and cpu suites.
 */
export function headlineFinding(results: ResultsFile): string {
  const io = groupData(results, 'io', 'io').byStrategy;
  const cpu = groupData(results, 'cpu', 'cpu').byStrategy;
  const parts: string[] = [];
  const concIo = io.get('concurrent')?.speedup;
  const concCpu = cpu.get('concurrent')?.speedup;
  if (isNumber(concIo) || isNumber(concCpu)) {
    const onIo = isNumber(concIo) ? `${formatSpeedup(concIo)} faster on I/O` : 'I/O not measured';
    const onCpu = isNumber(concCpu) ? `${formatSpeedup(concCpu)} on CPU` : 'CPU not measured';
    parts.push(`Concurrent: ${onIo}, ${onCpu}`);
  }
  const cpuRows = [...cpu.entries()].filter(([name]) => name !== 'sequential');
  if (cpuRows.length > 0) {
    const faster = cpuRows.filter(([, v]) => isNumber(v.speedup) && v.speedup >= MEANINGFUL_SPEEDUP);
    const pool = cpu.get('worker-pool')?.speedup;
    if (faster.length === 0) {
      parts.push(`nothing speeds up CPU here${isNumber(pool) ? ` (worker pool ${formatSpeedup(pool)})` : ''}`);
    } else if (faster.length === 1 && faster[0]?.[0] === 'worker-pool' && isNumber(pool)) {
      parts.push(`only the worker pool speeds up CPU (${formatSpeedup(pool)})`);
    } else {
      const list = orderStrategies(faster.map(([name]) => name))
        .map((name) => `${name} ${formatSpeedup(cpu.get(name)?.speedup)}`)
        .join(', ');
      parts.push(`CPU sped up by ${list}`);
    }
  }
  return parts.length > 0 ? parts.join(' — ') : 'Speedup over sequential';
}

export const headlineChart: ChartDefinition = {
  file: 'headline.png',
  caption: 'Speedup over sequential per strategy, I/O-bound and CPU-bound side by side (dashed: ideal)',
  config(results: ResultsFile): ChartConfiguration {
    // With neither suite drawable the finding is the plain title, `Speedup over sequential`.
    const frame = chartFrame(results, headlineFinding(results));
    const ioProblem = suiteProblem(results, 'io', 'io');
    const cpuProblem = suiteProblem(results, 'cpu', 'cpu');
    if (ioProblem && cpuProblem) {
      return frame.notice([ioProblem[0] ?? '', cpuProblem[0] ?? '']);
    }
    const groups = GROUPS.map((g) => ({ ...g, data: groupData(results, g.suite, g.workload) }));
    const strategies = orderStrategies(groups.flatMap((g) => [...g.data.byStrategy.keys()]));
    const labels = groups.map((g) => `${g.label}${suiteNote(results, g.suite)}`);
    const categoryNotes = [ioProblem?.[0] ?? null, cpuProblem?.[0] ?? null];
    const datasets = strategies.map((strategy) => {
      const values = groups.map((g) => g.data.byStrategy.get(strategy));
      return {
        type: 'bar' as const,
        label: strategy,
        data: values.map((v) => v?.speedup ?? null),
        backgroundColor: colorFor(strategy),
        borderColor: colorFor(strategy),
        pointStyle: 'rect' as const,
        idealMarks: values.map((v) => v?.ideal ?? null),
        valueLabels: values.map((v) => (isNumber(v?.speedup) ? formatSpeedup(v.speedup) : null)),
      };
    });
    const all = datasets.flatMap((d) => [...d.data, ...d.idealMarks]).filter((v): v is number => v !== null);
    const log = spansDecades(all);
    const top = Math.max(1, ...all);
    const ideal = idealLegendEntry('ideal speedup (dashed)');
    const options = frame.options();
    // A busy run says so where the eye lands first: a line under the finding.
    const busy = busyHeadline(results);
    const title = options.plugins?.title;
    if (busy && title) title.text = [...(Array.isArray(title.text) ? title.text : [title.text ?? '']), busy];
    return houseChart('bar', options, { labels, datasets: [...datasets, ideal] as ChartConfiguration['data']['datasets'] }, {
      x: axis('workload (suite)', { category: true }),
      y: axis(`speedup over sequential (×, higher is better${log ? ', log scale' : ''})`, {
        log,
        ...(log ? logBounds([...all, 1]) : { beginAtZero: true, suggestedMax: top * 1.15 }),
      }),
    }, { asyncbenchNotice: { categoryNotes } });
  },
};
