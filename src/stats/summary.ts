/**
 * Summary statistics over one result's samples: a pure function of the numbers, checked in tests
 * against hand-computed values (after tinybench's computeStatistics).
 */

/** The statistics of one result's samples, as results.json records them (`stats`). */
export interface Stats {
  /** Number of samples. */
  n: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  /** Sample standard deviation (n - 1). */
  sd: number;
  p75: number;
  p99: number;
  /** Relative margin of error of the mean at 95% (Student's t), in percent. */
  rme: number;
  /**
   * Distribution-free confidence interval of the median from order statistics (binomial); `level`
   * is the coverage actually achieved, at least 0.95 when n >= 6, else the widest (min..max).
   */
  ci: { of: 'median'; method: 'order-statistics'; level: number; low: number; high: number };
}

/** Ascending copy of the samples. */
export function sorted(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

/**
 * The q-quantile (0..1) of ascending samples by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of R and NumPy).
 */
export function quantileSorted(asc: readonly number[], q: number): number {
  if (asc.length === 0) throw new RangeError('quantile of no samples');
  const pos = (asc.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = asc[lo] as number;
  const b = asc[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Two-sided 97.5% Student t critical values for df = 1..30; beyond 30 the normal 1.96 is used. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t critical value for a two-sided 95% interval with `df` degrees of freedom. */
function tCritical95(df: number): number {
  if (df < 1) return Number.NaN;
  return T_975[df - 1] ?? 1.96;
}

/** P(X <= k) for X ~ Binomial(n, 1/2), exact. */
export function binomialHalfCdf(n: number, k: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let term = 0.5 ** n; // C(n,0) / 2^n
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum;
}

/**
 * Distribution-free CI of the median: the order statistics x(k), x(n-k+1) with the largest k whose
 * coverage 1 - 2·P(B <= k-1), B ~ Bin(n, 1/2), is still >= 95%. With n < 6 no k reaches 95%, and the
 * widest interval (min..max) is returned with its true, lower coverage.
 */
export function medianCi(asc: readonly number[]): Stats['ci'] {
  const n = asc.length;
  if (n === 0) throw new RangeError('confidence interval of no samples');
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && 1 - 2 * binomialHalfCdf(n, k) >= 0.95) k++;
  const level = n === 1 ? 0 : 1 - 2 * binomialHalfCdf(n, k - 1);
  return {
    of: 'median',
    method: 'order-statistics',
    level,
    low: asc[k - 1] as number,
    high: asc[n - k] as number,
  };
}

/** All summary statistics of a non-empty sample. */
export function computeStats(samples: readonly number[]): Stats {
  const asc = sorted(samples);
  const n = asc.length;
  if (n === 0) throw new RangeError('statistics of no samples');
  const mean = asc.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? asc.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  const sd = Math.sqrt(variance);
  const sem = sd / Math.sqrt(n);
  const rme = n > 1 && mean !== 0 ? ((tCritical95(n - 1) * sem) / Math.abs(mean)) * 100 : 0;
  return {
    n,
    mean,
    median: quantileSorted(asc, 0.5),
    min: asc[0] as number,
    max: asc[n - 1] as number,
    sd,
    p75: quantileSorted(asc, 0.75),
    p99: quantileSorted(asc, 0.99),
    rme,
    ci: medianCi(asc),
  };
}
