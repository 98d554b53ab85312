/**
 * The colours of asyncbench: one per strategy (and load target), the same in every chart, in compare
 * and beside the tables of index.html, plus the few neutral colours of the chart style. Plain strings,
 * no chart library: text reporters use it too.
 */

/** The chart background. */
export const BACKGROUND = '#ffffff';
/** Text colour of titles, ticks and labels. */
export const TEXT_COLOR = '#1f2328';
export const GRID_COLOR = '#e5e7eb';
/** Colour of ideal marks and reference lines (not a strategy). */
export const IDEAL_COLOR = '#111827';

/** One colour per strategy (and load target), the same in every chart and in compare. */
export const STRATEGY_COLORS: Readonly<Record<string, string>> = {
  sequential: '#6b7280',
  concurrent: '#2563eb',
  bounded: '#f59e0b',
  'worker-pool': '#16a34a',
  offload: '#db2777',
  io: '#2563eb',
  cpu: '#dc2626',
  'cpu-pool': '#16a34a',
  // threadpool suite: sync one by one is its reference (grey, as sequential), Promise.all its concurrency (blue).
  sync: '#6b7280',
  'async-serial': '#9333ea',
  'async-all': '#2563eb',
};

/** Colours for names not listed above, picked by a hash of the name so they never change. */
const FALLBACK_PALETTE = ['#9333ea', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#4f46e5', '#0d9488', '#a16207'];

/** The colour of a strategy; stable for unknown names too (FNV-1a hash into a fixed palette). */
export function colorFor(strategy: string): string {
  const known = STRATEGY_COLORS[strategy];
  if (known) return known;
  let hash = 0x811c9dc5;
  for (let i = 0; i < strategy.length; i++) {
    hash ^= strategy.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return FALLBACK_PALETTE[hash % FALLBACK_PALETTE.length] as string;
}

/** The i-th colour of a series that has no names of its own (merge's machines), cycling through the same palette. */
export function seriesColor(index: number): string {
  return FALLBACK_PALETTE[((index % FALLBACK_PALETTE.length) + FALLBACK_PALETTE.length) % FALLBACK_PALETTE.length] as string;
}

/** `#rrggbb` with an alpha, for bar fills. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
