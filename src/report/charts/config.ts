/**
 * The chart-config builders of the house style (report and compare): one size, DejaVu Sans, title and
 * context footer, axes with units, the notice chart. A chart module builds a plain chart.js config
 * (data only, no callbacks) from these; the plugins (plugins.ts) draw what chart.js lacks from the
 * extra dataset fields declared here, so the config stays checkable as data. Types only from chart.js.
 */
import type { ChartConfiguration } from 'chart.js';
import { GRID_COLOR, IDEAL_COLOR, TEXT_COLOR, withAlpha } from '../palette.js';

/** Every chart is this size, so two runs' PNGs sit side by side pixel for pixel. */
export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 700;
/** The house font: render.ts registers it from its file, so every machine with it draws the same glyphs. */
export const FONT_FAMILY = 'DejaVu Sans';

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
function wrapTitle(title: string, max = 88): string | string[] {
  const at = title.indexOf(' — ');
  if (title.length <= max || at === -1) return title;
  return [title.slice(0, at), title.slice(at + 3)];
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
 * A thin line without points, for what the measurements are read against (an ideal, a model, the 1×
 * of sequential, the core count): 2 px, dashed with `dash` (px on, px off; `[]` for solid).
 */
export function referenceLine<T>(label: string, data: T[], color: string, dash: number[]) {
  return {
    type: 'line' as const,
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    borderWidth: 2,
    borderDash: dash,
    pointRadius: 0,
    pointStyle: 'line' as const,
  };
}

/** The dotted 1× line of a speedup chart, from x = 1 to `xMax`, in the reference strategy's colour. */
export function unityLine(label: string, xMax: number, color: string) {
  return referenceLine(
    label,
    [
      { x: 1, y: 1 },
      { x: xMax, y: 1 },
    ],
    color,
    [2, 4],
  );
}

/** The dashed grey vertical at the machine's core count, from 0 to `yMax`. */
export function coresLine(cores: number, yMax: number) {
  return referenceLine(
    `${cores} cores`,
    [
      { x: cores, y: 0 },
      { x: cores, y: yMax },
    ],
    '#9ca3af',
    [3, 3],
  );
}

/** The dashed ideal (or model) drawn beside a measured line, in its strategy's colour a little paler. */
export function idealLine<T>(label: string, data: T[], strategyColor: string) {
  return referenceLine(label, data, withAlpha(strategyColor, 0.8), [8, 6]);
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

