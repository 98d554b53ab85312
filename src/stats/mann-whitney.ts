/**
 * Mann–Whitney U (Wilcoxon rank-sum) test: does one sample tend to give larger values than the other?
 * Distribution-free, so it suits benchmark samples (skewed, with outliers). Two-sided p-value: exact
 * null distribution when there are no ties and the counts fit in a double, else the normal
 * approximation with tie correction and continuity correction (as R's `wilcox.test`).
 */

/** The result of one test. `u` is U of the first sample: the number of pairs (x, y) with x > y (ties 1/2). */
interface MannWhitneyResult {
  n1: number;
  n2: number;
  /** U statistic of the first sample. */
  u: number;
  /** Two-sided p-value. */
  p: number;
  /** `exact`: permutation distribution of U; `normal`: z with tie and continuity corrections. */
  method: 'exact' | 'normal';
  /** z score of the normal approximation (null for `exact`). */
  z: number | null;
  /** Whether the pooled sample has tied values. */
  ties: boolean;
}

/** Largest C(m+n, m) for which every count of the exact distribution is an exact integer in a double. */
const EXACT_LIMIT = 2 ** 53;

/** C(n, k) as a double (exact while below 2^53). */
export function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) c = (c * (n - i + 1)) / i;
  return Math.round(c);
}

/** Whether the exact distribution of U for sizes (m, n) is computed exactly (no rounding). */
export function exactFeasible(m: number, n: number): boolean {
  return m > 0 && n > 0 && binomial(m + n, m) < EXACT_LIMIT;
}

/**
 * Counts of U = 0..m·n under the null for sizes (m, n): the coefficients of the Gaussian binomial
 * [m+n choose m]_q = Π_{i=1..m} (1 - q^(n+i)) / (1 - q^i); they sum to C(m+n, m).
 */
export function uDistribution(m: number, n: number): Float64Array {
  const size = m * n + 1;
  const c = new Float64Array(size);
  c[0] = 1;
  for (let i = 1; i <= m; i++) {
    const up = n + i;
    for (let j = size - 1; j >= up; j--) c[j] = (c[j] as number) - (c[j - up] as number); // × (1 - q^(n+i))
    for (let j = i; j < size; j++) c[j] = (c[j] as number) + (c[j - i] as number); // ÷ (1 - q^i)
  }
  return c;
}

/** P(U <= u) under the null for sizes (m, n), exact. */
export function uCdf(m: number, n: number, u: number): number {
  const counts = uDistribution(m, n);
  let below = 0;
  for (let j = 0; j <= Math.min(Math.floor(u), m * n); j++) below += counts[j] as number;
  return below / binomial(m + n, m);
}

/**
 * Midranks (1-based) of the pooled values, and the tie-correction term Σ(t³ - t) over groups of
 * equal values.
 */
export function midranks(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length).fill(0);
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as readonly [number, number])[0] === (order[start] as readonly [number, number])[0]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[(order[k] as readonly [number, number])[1]] = rank;
    const t = end - start + 1;
    tieTerm += t ** 3 - t;
    start = end + 1;
  }
  return { ranks, tieTerm };
}

/**
 * Standard normal upper tail Q(z) = 1 - Φ(z), via erfc (W. J. Cody's rational approximations as in
 * Numerical Recipes `erfc`, relative error < 1.2e-7, enough for p-values against alpha).
 */
export function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** Inverse of the standard normal CDF by bisection on `normalUpperTail` (p in (0, 1)). */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (1 - normalUpperTail(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Two-sided Mann–Whitney U test of samples `x` and `y` (each non-empty). */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('Mann-Whitney U needs at least one sample on each side');
  const { ranks, tieTerm } = midranks([...x, ...y]);
  const r1 = ranks.slice(0, n1).reduce((s, r) => s + r, 0);
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const ties = tieTerm > 0;
  if (!ties && exactFeasible(n1, n2)) {
    // Two-sided exact p: twice the smaller tail, the distribution being symmetric about m·n/2.
    const tail = uCdf(n1, n2, Math.min(u, n1 * n2 - u));
    return { n1, n2, u, p: Math.min(1, 2 * tail), method: 'exact', z: null, ties };
  }
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return { n1, n2, u, p: 1, method: 'normal', z: 0, ties };
  // Continuity correction toward the mean, never past it (as R's wilcox.test with correct = TRUE).
  const diff = u - mean;
  const z = (diff - Math.sign(diff) * Math.min(0.5, Math.abs(diff))) / Math.sqrt(variance);
  return { n1, n2, u, p: Math.min(1, 2 * normalUpperTail(Math.abs(z))), method: 'normal', z, ties };
}

/**
 * The smallest p-value the test can give for sizes (m, n): 2 / C(m+n, m) in the exact case. When it
 * is not below alpha, no data can make the difference significant.
 */
export function minimumPValue(m: number, n: number): number {
  if (m === 0 || n === 0) return 1;
  if (exactFeasible(m, n)) return Math.min(1, 2 / binomial(m + n, m));
  const z = (((m * n) / 2 - 0.5) / Math.sqrt((m * n * (m + n + 1)) / 12));
  return Math.min(1, 2 * normalUpperTail(z));
}
