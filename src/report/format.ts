/**
 * Number formatting shared by the charts, summary.md, index.html and the terminal table, so a figure
 * reads the same everywhere.
 */
import { formatNumber } from '../format.js';
import type { CompletedResult } from '../results/schema.js';

/** formatNumber's digits, switching to seconds from 1000 ms: `5.05 s`, `520 ms`, `0.812 ms`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (Math.abs(ms) >= 1000) return `${formatNumber(ms / 1000)} s`;
  return `${formatNumber(ms)} ms`;
}

/** `84×` from 10 up, `1.9×` below, `0.042×` for tiny ones; `–` when undefined. */
export function formatSpeedup(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (x >= 10) return `${Math.round(x)}×`;
  if (x >= 0.1) return `${x.toFixed(1)}×`;
  return `${trim(x.toPrecision(2))}×`;
}

/** `93%` (efficiency 0.93); `–` when undefined. */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '–';
  return `${Math.round(fraction * 100)}%`;
}

/** A result's figure in its unit: `5.05 s` for ms, `12,345 req/s` for throughput. */
export function formatResultValue(value: number, unit: CompletedResult['unit']): string {
  if (unit === 'req/s') return `${Math.round(value).toLocaleString('en-US')} req/s`;
  return formatMs(value);
}

/**
 * The coverage the report assumes without saying: a figure whose interval reached it carries no
 * level, one below it (order statistics give 95% from 6 samples up only) shows its own.
 */
export const NOMINAL_CI_LEVEL = 0.95;

/**
 * A coverage as a percentage, `94%`: rounded, except that a level below 95% never reads `95%`
 * (0.9496 gives `94.9%`).
 */
export function formatLevel(level: number): string {
  const pct = Math.round(level * 100);
  if (level < NOMINAL_CI_LEVEL && pct >= NOMINAL_CI_LEVEL * 100) return `${Math.floor(level * 1000) / 10}%`;
  return `${pct}%`;
}

/** ` (94%)` after a figure whose interval covers less than the nominal 95%, else nothing. */
function levelNote(level: number): string {
  return level < NOMINAL_CI_LEVEL ? ` (${formatLevel(level)})` : '';
}

/** `n=1` when the result has no interval at all (one sample: low = high = the sample, coverage 0). */
function noInterval(result: CompletedResult): string | null {
  const { n, ci } = result.stats;
  return n < 2 || !(ci.level > 0) ? `n=${n}` : null;
}

/**
 * The half-width of the median's CI relative to the median, as `±3.1%`: the wider side, so it
 * never understates the noise. Below 95% coverage the level follows (`±3.1% (94%)`); a single
 * sample gives `n=1`, not a `±0.0%` that would claim no noise.
 */
export function formatCiHalfWidth(result: CompletedResult): string {
  const none = noInterval(result);
  if (none) return none;
  const { median, ci } = result.stats;
  if (!(median > 0)) return '–';
  const half = Math.max(median - ci.low, ci.high - median) / median;
  return `±${half < 0.1 ? (half * 100).toFixed(1) : Math.round(half * 100)}%${levelNote(ci.level)}`;
}

/**
 * The median's CI in the result's unit, `4.95 s – 5.25 s`, with its level when below 95%
 * (`4.95 s – 5.25 s (94%)`), or `n=1` for a single sample.
 */
export function formatCiRange(result: CompletedResult): string {
  const none = noInterval(result);
  if (none) return none;
  const { ci } = result.stats;
  return `${formatResultValue(ci.low, result.unit)} – ${formatResultValue(ci.high, result.unit)}${levelNote(ci.level)}`;
}

/** A size in binary units: `142 MiB`, `1.2 GiB`, `512 KiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value)} ${units[unit]}`;
}

/** `tasks=100, workers=4`, or an empty string for the point `{}`. */
export function formatPoint(point: Record<string, number>): string {
  return Object.entries(point)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function trim(text: string): string {
  return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}
