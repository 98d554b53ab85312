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
 * The half-width of the median's 95% CI relative to the median, as `±3.1%`: the wider side, so it
 * never understates the noise.
 */
export function formatCiHalfWidth(result: CompletedResult): string {
  const { median, ci } = result.stats;
  if (!(median > 0)) return '–';
  const half = Math.max(median - ci.low, ci.high - median) / median;
  return `±${half < 0.1 ? (half * 100).toFixed(1) : Math.round(half * 100)}%`;
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
