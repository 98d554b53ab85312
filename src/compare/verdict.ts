/**
 * The verdict rule, in one place, with the sentence every output prints.
 *
 * - regressed: p < alpha AND the change is more than `threshold` % in the worse direction.
 * - improved: p < alpha AND the change is more than `threshold` % in the better direction.
 * - inconclusive: the data cannot decide: too few samples (or runs) for the test ever to reach
 *   p < alpha (the note says how many runs it would take), or the change is not significant while
 *   its CI reaches more than `threshold` % in the worse direction (a regression of that size is not
 *   ruled out).
 * - unchanged: otherwise (not significant and a regression past the threshold is ruled out, or
 *   significant but within the threshold).
 *
 * Two measured facts of a shared machine then override regressed and improved, with a note saying why:
 * - noise floor: the batch time behind the metric moved less than `noiseFloorMs` -> within-noise
 *   (a change may be real and significant, but it is too small in absolute terms to be told from
 *   how a short batch moves between identical runs);
 * - crowded: a run was measured short of CPU while other processes held cores (src/results/crowding.ts) -> inconclusive (with several runs,
 *   the crowded runs are left out of the test instead, and only too few left makes it inconclusive).
 *
 * "More than" is strict: a change of exactly the threshold is not a regression. Percentages are
 * compared after rounding to 1e-9 so that 110 / 100 counts as exactly 10%.
 */
import type { MetricName } from './metrics.js';

/** The four verdicts (see the module comment). */
export type Verdict = 'improved' | 'regressed' | 'unchanged' | 'within-noise' | 'inconclusive';

/** Every verdict, in the order outputs list them. */
export const VERDICTS: readonly Verdict[] = ['regressed', 'improved', 'inconclusive', 'within-noise', 'unchanged'];

/** What the rule needs to know about one metric. */
export interface VerdictInput {
  better: 'smaller' | 'bigger';
  /** (current / baseline - 1) × 100. */
  changePct: number;
  /** CI of the change, in percent. */
  ciLowPct: number;
  ciHighPct: number;
  /** Two-sided Mann–Whitney p-value. */
  p: number;
  /** Smallest p-value the test can give with these sample sizes. */
  minP: number;
  /** Median batch time (ms) behind the metric in each run; null when there is none (throughput). */
  baselineBatchMs: number | null;
  currentBatchMs: number | null;
  /** Whether each run was measured while other processes held cores (CPU results only: see isCrowded). */
  baselineCrowded: boolean;
  currentCrowded: boolean;
  /** The cores that count as crowded on these machines (for the note). */
  crowdedCores: number;
  /** When the test ran on per-run values: the runs tested per side, and how many a side would need. */
  runs?: { baseline: number; current: number; needed: number; leftOut: number };
}

/** The options the rule reads (see CompareOptions for their meaning and defaults). */
export interface VerdictRule {
  alpha: number;
  threshold: number;
  noiseFloorMs: number;
}

/** The verdict, and why when an override (noise floor, crowded run) changed it. */
export interface VerdictOutcome {
  verdict: Verdict;
  note?: string;
}

const round9 = (x: number): number => Math.round(x * 1e9) / 1e9;

/** Significance and threshold alone, before the overrides. */
function testVerdict(v: VerdictInput, alpha: number, threshold: number): Verdict {
  // "worse" > 0 means the change goes the wrong way for this metric's direction.
  const worse = round9(v.better === 'smaller' ? v.changePct : -v.changePct);
  const worstEnd = round9(v.better === 'smaller' ? v.ciHighPct : -v.ciLowPct);
  const significant = v.p < alpha;
  if (significant && worse > threshold) return 'regressed';
  if (significant && -worse > threshold) return 'improved';
  if (v.minP >= alpha) return 'inconclusive';
  if (!significant && worstEnd > threshold) return 'inconclusive';
  return 'unchanged';
}

const cores = (n: number) => `${Math.round(n * 100) / 100} cores`;

/** The verdict of one metric under the whole rule: the test, the threshold, then the noise floor and crowding. */
export function verdictOf(v: VerdictInput, rule: VerdictRule): VerdictOutcome {
  const verdict = testVerdict(v, rule.alpha, rule.threshold);
  const leftOut =
    v.runs && v.runs.leftOut > 0
      ? `${v.runs.leftOut} crowded run${v.runs.leftOut === 1 ? '' : 's'} (other processes held >= ${cores(v.crowdedCores)} and its threads waited for a core) left out`
      : '';
  if (verdict === 'inconclusive' && v.runs && v.minP >= rule.alpha) {
    const has = `${v.runs.baseline} and ${v.runs.current} runs${leftOut ? ` after ${leftOut}` : ''}`;
    return { verdict, note: `${has} cannot reach p < ${rule.alpha}: needs ${v.runs.needed} runs per side` };
  }
  if (verdict !== 'regressed' && verdict !== 'improved') return leftOut ? { verdict, note: leftOut } : { verdict };
  const shiftMs = v.baselineBatchMs !== null && v.currentBatchMs !== null ? Math.abs(v.currentBatchMs - v.baselineBatchMs) : null;
  if (shiftMs !== null && shiftMs < rule.noiseFloorMs) {
    return { verdict: 'within-noise', note: `batch time moved ${shiftMs.toFixed(2)} ms, under the ${rule.noiseFloorMs} ms noise floor` };
  }
  if (v.baselineCrowded || v.currentCrowded) {
    const which = v.baselineCrowded ? (v.currentCrowded ? 'baseline and current' : 'baseline') : 'current';
    return { verdict: 'inconclusive', note: `the ${which} run was short of CPU beside other processes (they held >= ${cores(v.crowdedCores)} and its threads waited for a core)` };
  }
  return leftOut ? { verdict, note: leftOut } : { verdict };
}

/** The rule in words, with the options filled in: printed at the top of every output. */
export function ruleText(alpha: number, threshold: number, gated: readonly MetricName[], noiseFloorMs = 2, crowdedCores = 0.5): string {
  return (
    `regressed = p < ${alpha} (two-sided Mann–Whitney U over the per-run values when a file holds several runs, else ` +
    `over the raw samples) and a change of more than ${threshold}% in the worse direction; improved = the same in the ` +
    `better direction; inconclusive = too few runs or samples to reach p < ${alpha}, or not significant while the CI of ` +
    `the change reaches past ${threshold}% in the worse direction; unchanged = otherwise. Never regressed or improved: a ` +
    `batch time that moved less than ${noiseFloorMs} ms (noise floor: within-noise), or a result measured short of CPU ` +
    `while other processes held ${cores(crowdedCores)} or more (a crowded run, its threads waiting for a core: left out of ` +
    `a per-run test, else inconclusive). ` +
    (gated.length > 0 ? `Gated (can fail the run): ${gated.join(', ')}.` : 'Gated: nothing (--cross-machine: two testbeds are compared, never gated).')
  );
}
