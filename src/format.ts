/**
 * The one plain-number formatter, shared by claims' evidence, progress lines and compare's tables,
 * so a figure reads the same wherever it is quoted. Unit-aware formatting of results (ms or s,
 * req/s, ×, %) builds on it in src/report/format.ts. A leaf: imports nothing.
 */

/**
 * 3 significant digits without trailing zeros, and whole numbers from 1000 up (never rounded to
 * `1.23e+3`): `12346`, `1235`, `520`, `12.3`, `1.2`, `0.0123`; `NaN` and `Infinity` as such.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1000) return String(Math.round(x));
  return String(Number(x.toPrecision(3)));
}
