/**
 * The chart registry: every chart the report draws, in the order summary.md and index.html show them.
 * Adding a chart is one file exporting a ChartDefinition and one line in CHARTS.
 */
import type { ResultsFile } from '../../results/schema.js';
import type { ChartDefinition } from './chart.js';
import { cpuScalingChart } from './cpu-scaling.js';
import { eventLoopDelayChart } from './event-loop-delay.js';
import { filesChart } from './files.js';
import { filesStarvationChart } from './files-starvation.js';
import { headlineChart } from './headline.js';
import { ioScalingChart } from './io-scaling.js';
import { loadLatencyChart } from './load-latency.js';
import { loadThroughputChart } from './load-throughput.js';
import { mixedCrossoverChart } from './mixed-crossover.js';
import { mixedEventLoopChart } from './mixed-event-loop.js';
import { pythonVsNodeChart } from './python-vs-node.js';
import { cpuStrategiesChart, ioStrategiesChart } from './strategies.js';
import { targetKneeChart } from './target-knee.js';
import { threadpoolChart } from './threadpool.js';

export type { ChartDefinition } from './chart.js';

/** Every chart, keyed by its `file` (unique). */
export const CHARTS: readonly ChartDefinition[] = [
  headlineChart,
  ioStrategiesChart,
  cpuStrategiesChart,
  ioScalingChart,
  cpuScalingChart,
  eventLoopDelayChart,
  loadThroughputChart,
  loadLatencyChart,
  mixedCrossoverChart,
  mixedEventLoopChart,
  threadpoolChart,
  filesChart,
  filesStarvationChart,
  targetKneeChart,
  pythonVsNodeChart,
];

/** The charts this run gets (those whose `appliesTo` is absent or true), in registry order. */
export function chartsFor(results: ResultsFile, charts: readonly ChartDefinition[] = CHARTS): ChartDefinition[] {
  return charts.filter((chart) => chart.appliesTo?.(results) ?? true);
}

/** The chart registered under a file name, e.g. `chartByFile('headline.png')`. */
export function chartByFile(file: string): ChartDefinition | undefined {
  return CHARTS.find((chart) => chart.file === file);
}
