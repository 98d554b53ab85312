/**
 * The house style of every chart asyncbench draws (report and compare): one size, a white background,
 * one colour per strategy, DejaVu Sans registered from its file, a context footer, and one shared
 * renderer. A chart module builds a plain chart.js config (data only, no callbacks) and hands it to
 * `renderChart`; the plugins below draw what chart.js lacks (error bars, ideal marks, a notice) from
 * fields of that config, so the config stays checkable as data.
 */
import { existsSync } from 'node:fs';
import type { Chart, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import chartjsNodeCanvas from 'chartjs-node-canvas';
import { TEXT_COLOR, GRID_COLOR, IDEAL_COLOR, BACKGROUND } from './palette.js';

/** Every chart is this size, so two runs' PNGs sit side by side pixel for pixel. */
export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 700;
/** The font setup guarantees (Debian's fonts-dejavu-core); registered from the file, not looked up. */
export const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
export const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = [
  { file: 'DejaVuSans.ttf', weight: 'normal' },
  { file: 'DejaVuSans-Bold.ttf', weight: 'bold' },
] as const;

/** Font sizes of the house style, in px. */
export const FONT_SIZES = { title: 22, subtitle: 13, axisTitle: 15, tick: 13, legend: 14 } as const;

/**
 * Options every chart starts from: title, footer (chart.js's subtitle, at the bottom), legend, and
 * no animation. `scales` are added by each chart, built with `axis()`.
 */
export function baseOptions(title: string | string[], footer: string): NonNullable<ChartConfiguration['options']> {
  return {
    responsive: false,
    animation: false,
    devicePixelRatio: 1,
    layout: { padding: { top: 8, right: 24, bottom: 8, left: 16 } },
    plugins: {
      title: {
        display: true,
        text: typeof title === 'string' ? wrapTitle(title) : title,
        color: TEXT_COLOR,
        font: { family: FONT_FAMILY, size: FONT_SIZES.title, weight: 'bold' },
        padding: { top: 6, bottom: 10 },
      },
      subtitle: {
        display: true,
        position: 'bottom',
        text: footer,
        color: '#4b5563',
        font: { family: FONT_FAMILY, size: FONT_SIZES.subtitle },
        padding: { top: 12, bottom: 0 },
      },
      legend: {
        display: true,
        position: 'top',
        labels: { color: TEXT_COLOR, font: { family: FONT_FAMILY, size: FONT_SIZES.legend }, boxWidth: 28, boxHeight: 11 },
      },
      tooltip: { enabled: false },
    },
  };
}

/** Titles longer than fits on one line at the title size are split at ` — ` into two lines. */
export function wrapTitle(title: string, max = 88): string | string[] {
  const at = title.indexOf(' — ');
  if (title.length <= max || at === -1) return title;
  return [title.slice(0, at), title.slice(at + 3)];
}

/** Picks a log axis when the values span more than `ratio` (default 20×, i.e. over a decade). */
export function spansDecades(values: readonly number[], ratio = 20): boolean {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length < 2) return false;
  return Math.max(...positive) / Math.min(...positive) > ratio;
}

/** Whole decades around the values, for a log axis that shows every bar and mark with room above. */
export function logBounds(values: readonly number[], headroom = 1.6): { min: number; max: number } {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return { min: 0.1, max: 10 };
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  const min = 10 ** Math.floor(Math.log10(lo) - (headroom > 1 ? 0.05 : 0) + 1e-9);
  return { min: Number(min.toPrecision(1)), max: Number((10 ** Math.ceil(Math.log10(hi * headroom) - 1e-9)).toPrecision(1)) };
}

/** The label of a log-axis tick: shown at 1, 2, 5 × 10^k only, as a plain short number. */
export function logTickLabel(value: number): string | null {
  if (!(value > 0)) return null;
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const mantissa = Math.round((value / 10 ** exponent) * 1000) / 1000;
  if (mantissa !== 1 && mantissa !== 2 && mantissa !== 5) return null;
  return formatTick(value);
}

/** A short tick number: `0.05`, `2`, `500`, `2k`, `1M`. */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (abs >= 1e4) return `${Number((value / 1e3).toPrecision(3))}k`;
  return String(Number(value.toPrecision(3)));
}

/** A legend-only entry (no data) explaining the dashed ideal marks drawn by the idealMarks plugin. */
export function idealLegendEntry(label: string) {
  return {
    type: 'line' as const,
    label,
    data: [],
    borderColor: IDEAL_COLOR,
    backgroundColor: IDEAL_COLOR,
    borderDash: [8, 5],
    borderWidth: 3,
    pointStyle: 'line' as const,
  };
}

/**
 * A chart in the house style: `options` from baseOptions, a legend drawn with point styles, the
 * given scales, and any extra plugin options (e.g. the category notices). Every chart is built here.
 */
export function houseChart(
  type: 'bar' | 'line',
  options: NonNullable<ChartConfiguration['options']>,
  data: ChartConfiguration['data'],
  scales: Record<string, unknown>,
  plugins: Record<string, unknown> = {},
): ChartConfiguration {
  return {
    type,
    data,
    options: {
      ...options,
      plugins: {
        ...options.plugins,
        legend: { ...options.plugins?.legend, labels: { ...options.plugins?.legend?.labels, usePointStyle: true } },
        ...plugins,
      },
      scales,
    },
  } as ChartConfiguration;
}

/** One axis in the house style: a title with its unit, linear or logarithmic. */
export function axis(
  title: string,
  options: {
    log?: boolean;
    min?: number;
    max?: number;
    suggestedMax?: number;
    beginAtZero?: boolean;
    category?: boolean;
  } = {},
): Record<string, unknown> {
  const font = { family: FONT_FAMILY, size: FONT_SIZES.tick };
  return {
    type: options.category ? 'category' : options.log ? 'logarithmic' : 'linear',
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...(options.suggestedMax !== undefined ? { suggestedMax: options.suggestedMax } : {}),
    ...(options.beginAtZero !== undefined ? { beginAtZero: options.beginAtZero } : {}),
    title: { display: true, text: title, color: TEXT_COLOR, font: { family: FONT_FAMILY, size: FONT_SIZES.axisTitle } },
    ticks: { color: TEXT_COLOR, font },
    grid: { color: GRID_COLOR },
  };
}

/**
 * Extra dataset fields our plugins draw (chart.js ignores unknown fields):
 * `errorBars[i]` a whisker from low to high at point i; `idealMarks[i]` a dashed tick at the ideal value;
 * `valueLabels[i]` a short text above bar i (e.g. `84×`).
 */
export interface HouseDatasetExtras {
  errorBars?: Array<{ low: number; high: number } | null>;
  idealMarks?: Array<number | null>;
  valueLabels?: Array<string | null>;
}

/**
 * Options of the notice plugin: `lines` drawn in the middle of an otherwise empty chart, or
 * `categoryNotes[i]` drawn in the middle of category i (a group with no data says why).
 */
export interface NoticeOptions {
  lines?: string[];
  categoryNotes?: Array<string | null>;
}

/** Whiskers with caps from `errorBars[i].low` to `.high` (e.g. the 95% CI of the median). */
const errorBarsPlugin: Plugin = {
  id: 'asyncbenchErrorBars',
  afterDatasetsDraw(chart: Chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, d) => {
      const bars = (dataset as HouseDatasetExtras).errorBars;
      const meta = chart.getDatasetMeta(d);
      if (!bars || meta.hidden) return;
      const scale = chart.scales[meta.vAxisID ?? 'y'];
      if (!scale) return;
      ctx.save();
      ctx.strokeStyle = IDEAL_COLOR;
      ctx.lineWidth = 2;
      bars.forEach((bar, i) => {
        const element = meta.data[i];
        if (!bar || !element || !Number.isFinite(bar.low) || !Number.isFinite(bar.high)) return;
        const x = element.x;
        const y1 = scale.getPixelForValue(bar.low);
        const y2 = scale.getPixelForValue(bar.high);
        const cap = 8;
        ctx.beginPath();
        ctx.moveTo(x, y1);
        ctx.lineTo(x, y2);
        ctx.moveTo(x - cap, y1);
        ctx.lineTo(x + cap, y1);
        ctx.moveTo(x - cap, y2);
        ctx.lineTo(x + cap, y2);
        ctx.stroke();
      });
      ctx.restore();
    });
  },
};

/** A dashed horizontal tick across each bar at `idealMarks[i]`: where a perfect machine would be. */
const idealMarksPlugin: Plugin = {
  id: 'asyncbenchIdealMarks',
  afterDatasetsDraw(chart: Chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, d) => {
      const marks = (dataset as HouseDatasetExtras).idealMarks;
      const meta = chart.getDatasetMeta(d);
      if (!marks || meta.hidden) return;
      const scale = chart.scales[meta.vAxisID ?? 'y'];
      if (!scale) return;
      ctx.save();
      ctx.strokeStyle = IDEAL_COLOR;
      ctx.lineWidth = 3;
      ctx.setLineDash([8, 5]);
      marks.forEach((value, i) => {
        const element = meta.data[i] as unknown as { x: number; width?: number } | undefined;
        if (value === null || value === undefined || !element || !Number.isFinite(value)) return;
        const half = Math.max((element.width ?? 40) / 2 + 6, 14);
        const y = scale.getPixelForValue(value);
        ctx.beginPath();
        ctx.moveTo(element.x - half, y);
        ctx.lineTo(element.x + half, y);
        ctx.stroke();
      });
      ctx.restore();
    });
  },
};

/**
 * The value written above each bar (or point), above its whisker and ideal mark too, so nothing
 * covers it and a reader need not read it off the axis.
 */
const valueLabelsPlugin: Plugin = {
  id: 'asyncbenchValueLabels',
  afterDatasetsDraw(chart: Chart) {
    const { ctx } = chart;
    chart.data.datasets.forEach((dataset, d) => {
      const { valueLabels: labels, idealMarks, errorBars } = dataset as HouseDatasetExtras;
      const meta = chart.getDatasetMeta(d);
      const scale = chart.scales[meta.vAxisID ?? 'y'];
      if (!labels || meta.hidden || !scale) return;
      ctx.save();
      ctx.font = `bold ${FONT_SIZES.tick + 1}px "${FONT_FAMILY}"`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.fillStyle = TEXT_COLOR;
      labels.forEach((label, i) => {
        const element = meta.data[i];
        if (!label || !element || !Number.isFinite(element.x) || !Number.isFinite(element.y)) return;
        const bar = errorBars?.[i];
        const top = bar ? Math.min(element.y, scale.getPixelForValue(bar.high)) : element.y;
        let y = top - 7;
        // Lift the label over the ideal mark only when the mark would cross it (text is ~16 px tall).
        const ideal = idealMarks?.[i];
        if (typeof ideal === 'number' && Number.isFinite(ideal)) {
          const mark = scale.getPixelForValue(ideal);
          if (mark > y - 20 && mark < top + 4) y = Math.min(y, mark - 7);
        }
        y = Math.max(y, chart.chartArea.top + 16);
        ctx.fillText(label, element.x, y);
      });
      ctx.restore();
    });
  },
};

/** Text in the middle of the chart area: how a missing or errored suite says so. */
const noticePlugin: Plugin = {
  id: 'asyncbenchNotice',
  afterDraw(chart: Chart, _args: unknown, options: unknown) {
    const { lines, categoryNotes } = (options ?? {}) as NoticeOptions;
    const { ctx, chartArea } = chart;
    const cx = (chartArea.left + chartArea.right) / 2;
    const cy = (chartArea.top + chartArea.bottom) / 2;
    ctx.save();
    ctx.fillStyle = '#b91c1c';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const x = chart.scales.x;
    categoryNotes?.forEach((note, i) => {
      if (!note || !x) return;
      ctx.font = `bold 17px "${FONT_FAMILY}"`;
      ctx.fillText(note, x.getPixelForValue(i), cy);
    });
    if (!lines || lines.length === 0) {
      ctx.restore();
      return;
    }
    lines.forEach((line, i) => {
      ctx.font = `${i === 0 ? 'bold ' : ''}${i === 0 ? 24 : 17}px "${FONT_FAMILY}"`;
      ctx.fillText(line, cx, cy + (i - (lines.length - 1) / 2) * 34);
    });
    ctx.restore();
  },
};

/** The plugins the shared renderer registers once. */
export const HOUSE_PLUGINS: readonly Plugin[] = [errorBarsPlugin, idealMarksPlugin, valueLabelsPlugin, noticePlugin];

/**
 * A chart that only says something is missing (a suite that errored or did not run), with the same
 * title and footer as the real chart: never a crash, never a blank image.
 */
export function noticeChart(title: string, lines: string[], footer: string): ChartConfiguration {
  const options = baseOptions(title, footer);
  return {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      ...options,
      plugins: {
        ...options.plugins,
        legend: { display: false },
        asyncbenchNotice: { lines },
      } as NonNullable<ChartConfiguration['options']>['plugins'],
      scales: { x: { display: false }, y: { display: false } },
    },
  };
}

/** A dataset with our extra fields, typed loosely enough for bars and lines alike. */
export type HouseDataset = ChartDataset<'bar' | 'line', unknown[]> & HouseDatasetExtras;

type Renderer = InstanceType<typeof chartjsNodeCanvas.ChartJSNodeCanvas>;
let renderer: Renderer | undefined;
let fontRegistered: boolean | undefined;

/** Whether DejaVu Sans was registered from its file (false: the canvas falls back to a system sans). */
export function houseFontRegistered(): boolean {
  getRenderer();
  return fontRegistered === true;
}

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
  fontRegistered = FONT_FILES.every(({ file }) => existsSync(`${FONT_DIR}/${file}`));
  if (fontRegistered) {
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
