/**
 * A chart's alt text, derived from its config: what the picture shows, in words and with the figures
 * it draws. The title (which carries the finding), what is plotted against what, then per category
 * (bars) or per line every value, with its whiskers and ideal mark, and any notice in red. Read from
 * the same config the renderer draws, so the words cannot drift from the pixels; the caption only
 * names the chart. Pure, types only from chart.js: text reporters never load the renderer.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '../../format.js';
import type { HouseDatasetExtras, NoticeOptions } from './config.js';

/** The part of a dataset this reads: chart.js's own fields and the house extras. */
interface AltDataset extends HouseDatasetExtras {
  label?: string;
  data: unknown[];
}

type Point = { x: number; y: number | null };

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(' — ');
  return typeof value === 'string' ? value : '';
}

function axisTitle(config: ChartConfiguration, id: 'x' | 'y'): string {
  const scale = (config.options?.scales as Record<string, { title?: { text?: unknown } }> | undefined)?.[id];
  return text(scale?.title?.text);
}

function isPoint(value: unknown): value is Point {
  return typeof value === 'object' && value !== null && 'x' in value && 'y' in value;
}

/** One bar's words: `concurrent 60 ms (whiskers 58.1–62.3, ideal 50)`; no name when the category already gives it. */
function barText(dataset: AltDataset, i: number, category: string): string | null {
  const value = dataset.data[i];
  if (typeof value !== 'number') return null;
  const extras: string[] = [];
  const bar = dataset.errorBars?.[i];
  if (bar) extras.push(`whiskers ${formatNumber(bar.low)}–${formatNumber(bar.high)}`);
  const ideal = dataset.idealMarks?.[i];
  if (typeof ideal === 'number') extras.push(`ideal ${formatNumber(ideal)}`);
  const shown = dataset.valueLabels?.[i] ?? formatNumber(value);
  const name = dataset.label && dataset.label !== category ? `${dataset.label} ` : '';
  return `${name}${shown}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

/** One line's words: its points as `y at x`, or where a reference line stands (a vertical at x, a level y). */
function lineText(dataset: AltDataset): string | null {
  const points = dataset.data.filter(isPoint);
  if (points.length === 0) return null;
  const label = dataset.label ?? '';
  const first = points[0] as Point;
  if (points.length > 1 && points.every((p) => p.x === first.x)) return `${label}: vertical at x = ${formatNumber(first.x)}`;
  if (points.length > 1 && points.every((p) => p.y === first.y) && first.y !== null) return `${label}: level at y = ${formatNumber(first.y)}`;
  const values = points.map((p, i) => `${dataset.valueLabels?.[i] ?? (p.y === null ? '–' : formatNumber(p.y))} at ${formatNumber(p.x)}`);
  return `${label}: ${values.join(', ')}`;
}

/**
 * The alt text of the chart `config` draws, e.g. `I/O-bound batch: median time per strategy — fastest:
 * concurrent, 84× vs sequential. Bars of median batch time (ms, …) by strategy. sequential: 5.05 s
 * (whiskers 5000–5100, ideal 5000). …`.
 */
export function chartAlt(config: ChartConfiguration): string {
  const plugins = config.options?.plugins as Record<string, unknown> | undefined;
  const title = text((plugins?.title as { text?: unknown } | undefined)?.text);
  const notice = plugins?.asyncbenchNotice as NoticeOptions | undefined;
  if (notice?.lines && notice.lines.length > 0) return `${title}. No data drawn: ${notice.lines.join('. ')}.`;
  const datasets = (config.data.datasets as unknown as AltDataset[]).filter((d) => d.data.length > 0);
  const x = axisTitle(config, 'x');
  const y = axisTitle(config, 'y');
  const labels = config.data.labels;
  const parts: string[] = [];
  if (labels && labels.length > 0) {
    parts.push(`Bars of ${y} by ${x}.`);
    labels.forEach((label, i) => {
      const bars = datasets.map((d) => barText(d, i, text(label))).filter((b): b is string => b !== null);
      const note = notice?.categoryNotes?.[i];
      const words = bars.length > 0 ? bars.join(', ') : (note ?? 'no data');
      parts.push(`${text(label)}: ${words}.`);
    });
  } else {
    parts.push(`Lines of ${y} against ${x}.`);
    for (const dataset of datasets) {
      const words = lineText(dataset);
      if (words) parts.push(`${words}.`);
    }
  }
  return `${title}. ${parts.join(' ')}`;
}
