/**
 * The one shared renderer: chartjs-node-canvas at the house size, DejaVu Sans registered from its file,
 * the house plugins registered once. Same config on the same machine, same bytes. The only module that
 * loads chartjs-node-canvas (and with it chart.js and canvas): text reporters never import it.
 */
import { existsSync } from 'node:fs';
import type { ChartConfiguration } from 'chart.js';
import chartjsNodeCanvas from 'chartjs-node-canvas';
import type { ResultsFile } from '../../results/schema.js';
import { BACKGROUND, TEXT_COLOR } from '../palette.js';
import type { OutputFile } from '../writer.js';
import { logTickLabel } from './axes.js';
import type { ChartDefinition } from './chart.js';
import { CHART_HEIGHT, CHART_WIDTH, FONT_FAMILY } from './config.js';
import { CHARTS, chartsFor } from './index.js';
import { HOUSE_PLUGINS } from './plugins.js';

/** The font setup guarantees (Debian's fonts-dejavu-core); registered from the file, not looked up. */
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT_FILES = [
  { file: 'DejaVuSans.ttf', weight: 'normal' },
  { file: 'DejaVuSans-Bold.ttf', weight: 'bold' },
] as const;

type Renderer = InstanceType<typeof chartjsNodeCanvas.ChartJSNodeCanvas>;
let renderer: Renderer | undefined;

function getRenderer(): Renderer {
  if (renderer) return renderer;
  const created = new chartjsNodeCanvas.ChartJSNodeCanvas({
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    backgroundColour: BACKGROUND,
    chartCallback: (ChartJS) => {
      ChartJS.defaults.font.family = `"${FONT_FAMILY}", sans-serif`;
      ChartJS.defaults.color = TEXT_COLOR;
      ChartJS.defaults.animation = false;
      ChartJS.defaults.devicePixelRatio = 1;
      // Log axes label only 1, 2 and 5 × 10^k (chart.js labels every minor tick: unreadable).
      const logScale = ChartJS.defaults.scales.logarithmic as unknown as { ticks: { callback: unknown } };
      logScale.ticks.callback = (value: number | string) => logTickLabel(Number(value));
      ChartJS.register(...HOUSE_PLUGINS);
    },
  });
  // Registered before any canvas exists; when the files are absent the name falls back to sans-serif.
  if (FONT_FILES.every(({ file }) => existsSync(`${FONT_DIR}/${file}`))) {
    for (const { file, weight } of FONT_FILES) {
      created.registerFont(`${FONT_DIR}/${file}`, { family: FONT_FAMILY, weight });
    }
  }
  renderer = created;
  return created;
}

/**
 * Renders a chart config to a PNG with the one shared renderer (created on first use). The config is
 * not modified. Same config on the same machine, same bytes.
 */
export async function renderChart(config: ChartConfiguration): Promise<Buffer> {
  const copy = { ...config, options: { ...config.options } } as ChartConfiguration;
  return getRenderer().renderToBuffer(copy, 'image/png');
}

/** Renders every chart of this run to PNG, one after another through the one shared renderer. */
export async function renderCharts(results: ResultsFile, charts: readonly ChartDefinition[] = CHARTS): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const chart of chartsFor(results, charts)) {
    files.push({ path: chart.file, content: await renderChart(chart.config(results)) });
  }
  return files;
}
