/**
 * python-vs-node.png: the speedup over sequential of each way, Node.js beside Python, I/O and CPU,
 * the ideal speedup (the runtime's sequential ideal / the way's ideal) as a dashed mark. One bar
 * group per pair of like ways: I/O concurrent (Promise.all | asyncio.gather), bounded (k |
 * Semaphore(k)), threads (worker-pool | ThreadPoolExecutor); CPU concurrent (Promise.all | gather of
 * coroutines), threads (worker-pool | to_thread and ThreadPoolExecutor), processes (Python's
 * ProcessPoolExecutor; Node has none, its bar is left empty). Node's figures are the io and cpu
 * suites', Python's the python suite's batches (point `{}`; the article's example is not drawn).
 */
import type { ChartConfiguration } from 'chart.js';
import type { CompletedResult, ResultsFile, Workload } from '../../results/schema.js';
import { formatSpeedup } from '../format.js';
import { interpreterText } from '../python-section.js';
import { logStepBounds, spansDecades } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { axis, FONT_FAMILY, FONT_SIZES, houseChart, idealLegendEntry } from './config.js';
import { completedOf, findSuite, idealSpeedup, isEmptyPoint, speedupOf } from './data.js';
import { chartFrame } from './frame.js';

/** Node.js's green and the two colours of Python's logo (its yellow darkened to read on white). */
export const RUNTIME_COLORS = { node: '#3c873a', python: '#3776ab', pythonSecond: '#e0a800' } as const;

/** The sizes the way names quote: k of bounded, W of the pools, the default executor's threads. */
interface Sizes {
  k: string;
  w: string;
  threads: string;
}

/** One bar group: Node's way (or none) and Python's one or two, and how each is called. */
interface Pair {
  workload: 'io' | 'cpu';
  name: string;
  node: { strategy: string; way: (s: Sizes) => string } | null;
  python: Array<{ strategy: string; way: (s: Sizes) => string }>;
}

/** `name` with its size, `bounded, k = 8`, or the bare name when the size is unknown. */
const sized = (name: string, key: string, size: string) => (size === '' ? name : `${name}, ${key} = ${size}`);
/** `ThreadPoolExecutor(2)`, or `ThreadPoolExecutor` when W is unknown. */
const call = (name: string, size: string) => (size === '' ? name : `${name}(${size})`);

export const PAIRS: readonly Pair[] = [
  { workload: 'io', name: 'concurrent', node: { strategy: 'concurrent', way: () => 'Promise.all' }, python: [{ strategy: 'concurrent', way: () => 'asyncio.gather' }] },
  { workload: 'io', name: 'bounded', node: { strategy: 'bounded', way: (s) => sized('bounded', 'k', s.k) }, python: [{ strategy: 'bounded', way: (s) => call('Semaphore', s.k) }] },
  {
    workload: 'io',
    name: 'threads',
    node: { strategy: 'worker-pool', way: (s) => sized('worker-pool', 'W', s.w) },
    python: [{ strategy: 'thread-pool', way: (s) => call('ThreadPoolExecutor', s.w) }],
  },
  { workload: 'cpu', name: 'concurrent', node: { strategy: 'concurrent', way: () => 'Promise.all' }, python: [{ strategy: 'concurrent', way: () => 'gather of coroutines' }] },
  {
    workload: 'cpu',
    name: 'threads',
    node: { strategy: 'worker-pool', way: (s) => sized('worker-pool', 'W', s.w) },
    python: [
      { strategy: 'to-thread', way: (s) => (s.threads === '' ? 'to_thread' : `to_thread (${s.threads})`) },
      { strategy: 'thread-pool', way: (s) => call('ThreadPoolExecutor', s.w) },
    ],
  },
  { workload: 'cpu', name: 'processes', node: null, python: [{ strategy: 'process-pool', way: (s) => call('ProcessPoolExecutor', s.w) }] },
];

const WORKLOAD_NAMES = { io: 'I/O', cpu: 'CPU' } as const;

/** A runtime's batch results of one workload at point `{}`, with their speedup and ideal speedup over its own sequential. */
interface Bar {
  result: CompletedResult;
  speedup: number | null;
  ideal: number | null;
}

function barsOf(results: ResultsFile, suite: string, workload: Workload): Map<string, Bar> {
  const rows = completedOf(findSuite(results, suite), workload).filter((r) => isEmptyPoint(r.point));
  const sequential = rows.find((r) => r.strategy === 'sequential');
  return new Map(rows.map((r) => [r.strategy, { result: r, speedup: speedupOf(r, sequential), ideal: idealSpeedup(r, sequential) }]));
}

/** k, W and the executor's threads as the results (else their suite) recorded them; '' where none did. */
function sizesOf(results: ResultsFile, suites: string[], maps: Map<string, Bar>[]): Sizes {
  const param = (name: string): string => {
    for (const map of maps) for (const bar of map.values()) if (bar.result.params[name] !== undefined) return String(bar.result.params[name]);
    for (const suite of suites) {
      const value = findSuite(results, suite)?.params[name];
      if (typeof value === 'number') return String(value);
    }
    return '';
  };
  return { k: param('concurrency'), w: param('workers'), threads: param('threads') };
}

/** The Python batches drawn: at least one completed python result at point `{}`. */
function hasPythonBatch(results: ResultsFile): boolean {
  return completedOf(findSuite(results, 'python')).some((r) => isEmptyPoint(r.point) && (r.workload === 'io' || r.workload === 'cpu'));
}

/** The interpreter of the python suite's results, `CPython 3.11.2, GIL on`. */
function interpreterOf(results: ResultsFile): string {
  return interpreterText(completedOf(findSuite(results, 'python'))[0]);
}

export const pythonVsNodeChart: ChartDefinition = {
  file: 'python-vs-node.png',
  caption: 'Node.js beside Python: speedup over sequential of each like pair of ways, I/O and CPU (dashed: ideal speedup; log scale)',
  appliesTo: hasPythonBatch,
  config(results: ResultsFile): ChartConfiguration {
    const node = { io: barsOf(results, 'io', 'io'), cpu: barsOf(results, 'cpu', 'cpu') };
    const python = { io: barsOf(results, 'python', 'io'), cpu: barsOf(results, 'python', 'cpu') };
    const nodeSizes = { io: sizesOf(results, ['io'], [node.io]), cpu: sizesOf(results, ['cpu'], [node.cpu]) };
    const pythonSizes = { io: sizesOf(results, [], [python.io]), cpu: sizesOf(results, [], [python.cpu]) };

    const labels = PAIRS.map((p) => {
      const n = p.node && node[p.workload].has(p.node.strategy) ? p.node.way(nodeSizes[p.workload]) : p.node ? 'not run' : 'none';
      const ways = p.python.filter((w) => python[p.workload].has(w.strategy)).map((w) => w.way(pythonSizes[p.workload]));
      return [`${WORKLOAD_NAMES[p.workload]} · ${p.name}`, ...wrap(`Node: ${n}`), ...wrap(`Python: ${ways.length > 0 ? ways.join(', ') : 'not run'}`)];
    });
    const series = (label: string, color: string, pick: (p: Pair) => Bar | undefined) => {
      const bars = PAIRS.map(pick);
      return {
        type: 'bar' as const,
        label,
        data: bars.map((b) => b?.speedup ?? null),
        backgroundColor: color,
        borderColor: color,
        pointStyle: 'rect' as const,
        skipNull: true,
        // A group's lone bar (processes: Node has none) as wide as the others, not the whole group.
        maxBarThickness: 66,
        idealMarks: bars.map((b) => b?.ideal ?? null),
        valueLabels: bars.map((b) => (b && b.speedup !== null ? formatSpeedup(b.speedup) : null)),
      };
    };
    const datasets = [
      series(`Node.js ${results.context.node}`, RUNTIME_COLORS.node, (p) => (p.node ? node[p.workload].get(p.node.strategy) : undefined)),
      series(interpreterOf(results), RUNTIME_COLORS.python, (p) => python[p.workload].get(p.python[0]?.strategy ?? '')),
      series('Python, ThreadPoolExecutor (beside to_thread)', RUNTIME_COLORS.pythonSecond, (p) => (p.python[1] ? python[p.workload].get(p.python[1].strategy) : undefined)),
    ].filter((d) => d.data.some((v) => v !== null));

    const frame = chartFrame(results, `Node.js beside ${interpreterOf(results)}: speedup over sequential`, 'python');
    const all = datasets.flatMap((d) => [...d.data, ...d.idealMarks]).filter((v): v is number => v !== null && v > 0);
    const log = spansDecades([...all, 1]);
    const options = frame.options(finding(node, python));
    return houseChart(
      'bar',
      options,
      { labels, datasets: [...datasets, idealLegendEntry('ideal speedup (dashed)')] as ChartConfiguration['data']['datasets'] },
      {
        x: {
          ...axis('pair of like ways (each runtime against its own sequential)', { category: true }),
          ticks: { ...(axis('').ticks as object), font: { family: FONT_FAMILY, size: FONT_SIZES.tick - 1 }, autoSkip: false, maxRotation: 0 },
        },
        y: axis(`speedup over sequential (×, higher is better${log ? ', log scale' : ''})`, {
          log,
          ...(log ? logStepBounds([...all, 1]) : { beginAtZero: true, suggestedMax: Math.max(1, ...all) * 1.15 }),
        }),
      },
    );
  },
};

/** The widest line of a category label that stays clear of its neighbours' (six groups at 12 px). */
const LABEL_CHARS = 24;

/** A label line broken at spaces into lines of at most LABEL_CHARS (a longer word stays whole). */
export function wrap(line: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  for (const word of line.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The title's finding, e.g. ` — I/O: Promise.all 18×, asyncio.gather 11× — CPU: worker-pool 1.8×, ProcessPoolExecutor 1.5×, ThreadPoolExecutor 0.8×`. */
function finding(node: Record<'io' | 'cpu', Map<string, Bar>>, python: Record<'io' | 'cpu', Map<string, Bar>>): string {
  const x = (bar: Bar | undefined) => (bar && bar.speedup !== null ? formatSpeedup(bar.speedup) : null);
  const parts: string[] = [];
  const io = [
    ['Promise.all', x(node.io.get('concurrent'))],
    ['asyncio.gather', x(python.io.get('concurrent'))],
  ].filter(([, v]) => v !== null);
  if (io.length > 0) parts.push(`I/O: ${io.map(([w, v]) => `${w} ${v}`).join(', ')}`);
  const cpu = [
    ['worker-pool', x(node.cpu.get('worker-pool'))],
    ['ProcessPoolExecutor', x(python.cpu.get('process-pool'))],
    ['ThreadPoolExecutor', x(python.cpu.get('thread-pool'))],
  ].filter(([, v]) => v !== null);
  if (cpu.length > 0) parts.push(`CPU: ${cpu.map(([w, v]) => `${w} ${v}`).join(', ')}`);
  return parts.map((p) => ` — ${p}`).join('');
}
