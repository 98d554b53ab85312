/** Comparison charts: placeholder until the chart step (see commit history). */
import type { OutputFile } from '../report/writer.js';
import type { Comparison } from './compare.js';

export async function comparisonCharts(_c: Comparison): Promise<OutputFile[]> {
  return [];
}
