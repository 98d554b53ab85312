/**
 * Axis maths of the house style: when to use a log axis, its bounds in whole decades, and the short
 * tick labels. Pure numbers in, numbers or text out.
 */
import { formatNumber } from '../../format.js';

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

/**
 * Tighter bounds for a log axis than whole decades, at the 1, 2, 5 steps its ticks are labelled at:
 * the largest step at or below the lowest value / `margin`, the smallest at or above the highest ×
 * `headroom` (room for the value labels). For values that span little more than a decade (0.8× to 20×).
 */
export function logStepBounds(values: readonly number[], headroom = 1.6, margin = 1.1): { min: number; max: number } {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  if (positive.length === 0) return { min: 0.1, max: 10 };
  const steps = (v: number) => {
    const e = Math.floor(Math.log10(v) + 1e-9);
    return [1, 2, 5, 10].map((m) => Number((m * 10 ** e).toPrecision(1)));
  };
  const lo = Math.min(...positive) / margin;
  const hi = Math.max(...positive) * headroom;
  const min = steps(lo).filter((s) => s <= lo * (1 + 1e-9)).at(-1) ?? lo;
  const max = steps(hi).find((s) => s >= hi * (1 - 1e-9)) ?? hi;
  return { min, max };
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
function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${formatNumber(value / 1e6)}M`;
  if (abs >= 1e4) return `${formatNumber(value / 1e3)}k`;
  return formatNumber(value);
}
