/**
 * The report of a merge: summary.md, claims-matrix.md (summary.md without the charts, for a CI job
 * summary, where the PNGs' relative links would not resolve), index.html (each chart's PNG inlined),
 * each chart's PNG and merged.json, as contents (the writer saves them). Each chart is drawn once,
 * through the shared renderer, loaded only here.
 */
import type { OutputFile } from '../report/writer.js';
import { MERGE_CHARTS } from './charts/index.js';
import { formatMergeHtml } from './html.js';
import { formatMergeMarkdown } from './markdown.js';
import { formatMergedJson, type MergedFile } from './merged.js';

export { merge, MAX_INPUTS, type MergeInput, type MergeOutcome } from './merge.js';
export { readInputs } from './read.js';

/** File names of the non-chart outputs. */
export const MERGED_JSON_FILE = 'merged.json';
const SUMMARY_FILE = 'summary.md';
const JOB_SUMMARY_FILE = 'claims-matrix.md';
const HTML_FILE = 'index.html';

/** Every output of a merge: summary.md, claims-matrix.md, index.html, the charts' PNGs, merged.json. */
export async function renderMerge(merged: MergedFile): Promise<OutputFile[]> {
  // Loaded here, not at the top: `merge --help` and a bad input never load chart.js and canvas.
  const { renderChart } = await import('../report/charts/render.js');
  const pngs: OutputFile[] = [];
  for (const chart of MERGE_CHARTS) pngs.push({ path: chart.file, content: await renderChart(chart.config(merged)) });
  const images = new Map(pngs.map((png) => [png.path, Buffer.from(png.content)]));
  return [
    { path: SUMMARY_FILE, content: formatMergeMarkdown(merged, MERGE_CHARTS) },
    { path: JOB_SUMMARY_FILE, content: formatMergeMarkdown(merged, []) },
    { path: HTML_FILE, content: formatMergeHtml(merged, MERGE_CHARTS, images) },
    ...pngs,
    { path: MERGED_JSON_FILE, content: formatMergedJson(merged) },
  ];
}
