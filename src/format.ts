/**
 * The one plain-number formatter, shared by claims' evidence, progress lines and compare's tables,
 * so a figure reads the same wherever it is quoted. Unit-aware formatting of results (ms or s,
 * req/s, ×, %) builds on it in src/report/format.ts. A leaf: imports nothing.
 */

/** 3 significant digits, no exponent: `1235`, `12.3`, `1.20`, `0.012`; `NaN`/`Infinity` as such. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}
