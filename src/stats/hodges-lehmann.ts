/**
 * Hodges–Lehmann estimate of the shift between two samples, with its distribution-free confidence
 * interval (Lehmann, Nonparametrics, 1975, §2.6; Hollander & Wolfe, §4.3). The estimate is the median
 * of the m·n differences y_j - x_i; the interval runs from the (c+1)-th to the (m·n - c)-th smallest
 * difference, c being the critical value of the Mann–Whitney U at the requested level. It is the
 * interval that inverts the Mann–Whitney test, so it agrees with the p-value.
 */
import { exactFeasible, binomial, normalQuantile, uDistribution } from './mann-whitney.js';
import { quantileSorted } from './summary.js';

interface ShiftEstimate {
  /** Median of the pairwise differences current - baseline. */
  estimate: number;
  low: number;
  high: number;
  /** Coverage actually achieved (order statistics give discrete levels; below the target when n is tiny). */
  level: number;
  method: 'exact' | 'normal';
}

/**
 * Critical value of U at `level` for sizes (m, n): the largest c with P(U <= c) <= (1 - level) / 2,
 * the value printed in two-sided tables (m = n = 10 at 95%: 23); -1 when no c qualifies (samples too
 * small). The interval [d(c+1), d(mn-c)] of the sorted differences then covers 1 - 2·P(U <= c).
 * Exact when the null distribution fits in doubles; else the large-sample rank
 * mn/2 - z·sqrt(mn(m+n+1)/12) rounded (Hollander & Wolfe, eq. 4.41).
 */
export function criticalU(m: number, n: number, level = 0.95): { c: number; level: number; method: 'exact' | 'normal' } {
  const tail = (1 - level) / 2;
  if (exactFeasible(m, n)) {
    const counts = uDistribution(m, n);
    const total = binomial(m + n, m);
    let c = -1;
    let cum = 0;
    for (let j = 0; j < counts.length; j++) {
      const next = cum + (counts[j] as number);
      if (next / total > tail) break;
      cum = next;
      c = j;
    }
    // With c = -1 the widest interval (c = 0 in shiftCi) covers 1 - 2·P(U <= 0).
    const achieved = c < 0 ? 1 - 2 * ((counts[0] as number) / total) : 1 - 2 * (cum / total);
    return { c, level: achieved, method: 'exact' };
  }
  const z = normalQuantile(1 - tail);
  const rank = Math.round((m * n) / 2 - z * Math.sqrt((m * n * (m + n + 1)) / 12));
  return { c: rank - 1, level, method: 'normal' };
}

/**
 * Hodges–Lehmann shift of `y` relative to `x` (y - x) with its confidence interval at `level`
 * (default 0.95). With very small samples the widest interval (min..max difference) is returned with
 * its true, lower coverage in `level`.
 */
export function shiftCi(x: readonly number[], y: readonly number[], level = 0.95): ShiftEstimate {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) throw new RangeError('shift of no samples');
  const diffs: number[] = [];
  for (const yj of y) for (const xi of x) diffs.push(yj - xi);
  diffs.sort((a, b) => a - b);
  const crit = criticalU(m, n, level);
  // Interval [d(c+1), d(mn - c)] in 1-based order statistics; c = 0 gives min..max.
  const c = Math.min(Math.max(crit.c, 0), Math.floor((m * n - 1) / 2));
  return {
    estimate: quantileSorted(diffs, 0.5),
    low: diffs[c] as number,
    high: diffs[m * n - 1 - c] as number,
    level: crit.level,
    method: crit.method,
  };
}

/**
 * Ratio form for positive data: Hodges–Lehmann on logarithms, so the estimate and bounds are ratios
 * current / baseline (the median of the pairwise ratios y_j / x_i and its interval).
 */
export function ratioCi(x: readonly number[], y: readonly number[], level = 0.95): ShiftEstimate {
  if (x.some((v) => !(v > 0)) || y.some((v) => !(v > 0))) throw new RangeError('ratio of non-positive samples');
  const s = shiftCi(x.map(Math.log), y.map(Math.log), level);
  return { ...s, estimate: Math.exp(s.estimate), low: Math.exp(s.low), high: Math.exp(s.high) };
}
