/**
 * Writes the optional outputs of a comparison (Markdown, JSON, github-action-benchmark files, charts)
 * through the one writer; shared by `compare` and `compare:refs`. Returns the paths written.
 */
import type { CompareOutputs } from '../cli/compare-options.js';
import { writeFileAtomic, writeOutputs } from '../report/writer.js';
import type { Comparison } from './compare.js';
import { toGithubBenchmark } from './github-benchmark.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';

export async function writeComparisonOutputs(c: Comparison, outputs: CompareOutputs): Promise<string[]> {
  const written: string[] = [];
  if (outputs.markdown !== undefined) {
    writeFileAtomic(outputs.markdown, toMarkdown(c));
    written.push(outputs.markdown);
  }
  if (outputs.json !== undefined) {
    writeFileAtomic(outputs.json, toJson(c));
    written.push(outputs.json);
  }
  if (outputs.githubBenchmark !== undefined) {
    written.push(...writeOutputs(outputs.githubBenchmark, toGithubBenchmark(c)));
  }
  if (outputs.charts !== undefined) {
    // Loaded only when asked: the canvas module is heavy.
    const { comparisonCharts } = await import('./charts.js');
    const files = await comparisonCharts(c);
    written.push(...writeOutputs(outputs.charts, files));
  }
  return written;
}
