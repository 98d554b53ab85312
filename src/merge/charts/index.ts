/**
 * merge's chart registry: every chart of a merged report, in the order summary.md and index.html
 * show them. Each is a house ChartDefinition (src/report/charts/chart.ts) over a merged file, drawn by
 * the shared renderer; adding one is one file and one line in MERGE_CHARTS.
 */
import type { ChartDefinition } from '../../report/charts/chart.js';
import type { MergedFile } from '../merged.js';
import { machinesCpuScalingChart } from './cpu-scaling.js';
import { machinesIoChart } from './io.js';

/** A chart of a merged report. */
export type MergeChartDefinition = ChartDefinition<MergedFile>;

/** Every merge chart, keyed by its `file` (unique). */
export const MERGE_CHARTS: readonly MergeChartDefinition[] = [machinesCpuScalingChart, machinesIoChart];
