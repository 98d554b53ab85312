/**
 * The report of a run: summary.md, index.html and every chart's PNG, as contents (the writer saves
 * them; results.json is the bench's). The bench calls this after each suite; `report` calls it on a
 * saved results.json.
 */
import type { ResultsFile } from '../results/schema.js';
import { chartsFor } from './charts/index.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import type { OutputFile } from './writer.js';

export { CHARTS, chartByFile, chartsFor, type ChartDefinition } from './charts/index.js';
export { formatHtml, type ChartImages } from './html.js';
export { formatMarkdown } from './markdown.js';
export { formatTerminalReport, type TerminalOptions } from './terminal.js';

/** File names of the non-chart outputs. */
const SUMMARY_FILE = 'summary.md';
const HTML_FILE = 'index.html';

/** What renderReport() leaves out. */
export interface RenderOptions {
  /** Render the PNG charts (and show them in summary.md and index.html); false for numbers-only runs. @default true */
  charts?: boolean;
}

/**
 * Renders every output of a run: `summary.md`, `index.html` (with each chart's PNG inlined, so it
 * stands alone), then each chart's PNG in registry order (still written beside it, for summary.md).
 */
export async function renderReport(results: ResultsFile, options: RenderOptions = {}): Promise<OutputFile[]> {
  const charts = options.charts === false ? [] : chartsFor(results);
  // The renderer (chartjs-node-canvas, canvas) is loaded only when there is a chart to draw, so a
  // numbers-only run (--no-charts) never loads it.
  const pngs = charts.length === 0 ? [] : await (await import('./charts/render.js')).renderCharts(results, charts);
  const images = new Map(pngs.map((png) => [png.path, Buffer.from(png.content)]));
  return [
    { path: SUMMARY_FILE, content: formatMarkdown(results, charts) },
    { path: HTML_FILE, content: formatHtml(results, charts, images) },
    ...pngs,
  ];
}
