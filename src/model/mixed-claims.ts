/**
 * Claims decided by the `mixed` suite, and the helpers the charts and the "when to use which" table
 * share to read it: the rows per CPU share and the measured crossover.
 */
import type { Claim, CompletedResult, Suite } from '../results/schema.js';
import { formatNumber } from '../format.js';
import { notMeasured, undecided } from './claim-kit.js';
import { judgeCapacity, judgedText } from './free-capacity.js';
import { modelCrossoverShare } from './mixed.js';

/** Thresholds of the mixed rules, in one place so the docs and the report can quote them. */
export const MIXED_RULES = {
  /** Every measured median must lie within [low, high] x the model's time. */
  modelLow: 0.85,
  modelHigh: 1.5,
  /** Concurrent event-loop p99 at the largest share: >= this multiple of the p99 at the smallest... */
  loopRiseFactor: 2,
  /** ...and >= this share of one task's CPU time c there. */
  loopShareOfC: 0.5,
  /**
   * offload at every intermediate share (0 < f < 1): its event-loop p99 at most the pool's p99 there
   * plus max(c, this floor): its loop never waited a whole task's CPU part longer than the pool's did,
   * the same line as cpu.event-loop-blocked's "free" (CPU_RULES.eventLoopFreeShare). Unlike the pool's,
   * offload's main thread wakes for every answer while W threads burn, so it meets the scheduler's
   * slice more often: 1.7-7.5 ms in 29 of 30 points over 15 quick runs here, once 17.3 ms against the
   * pool's 4.3 (Node 24, quiet machine, c = 15 ms), which the earlier 2 x pool + 5 ms line failed.
   */
  offloadLoopFloorMs: 5,
} as const;

/** The completed results of one CPU share. */
export interface MixedRow {
  share: number;
  sequential?: CompletedResult;
  concurrent?: CompletedResult;
  pool?: CompletedResult;
  offload?: CompletedResult;
}

/** One row per CPU share in the suite, ascending. */
export function mixedRows(suite: Suite | undefined): MixedRow[] {
  const done = (suite?.results ?? []).filter(
    (r): r is CompletedResult => r.state === 'completed' && r.workload === 'mixed' && typeof r.point.cpuShare === 'number',
  );
  const shares = [...new Set(done.map((r) => r.point.cpuShare as number))].sort((a, b) => a - b);
  return shares.map((share) => {
    const at = (strategy: string) => done.find((r) => r.strategy === strategy && r.point.cpuShare === share);
    const row: MixedRow = { share };
    const seq = at('sequential');
    const con = at('concurrent');
    const pool = at('worker-pool');
    const off = at('offload');
    if (seq) row.sequential = seq;
    if (con) row.concurrent = con;
    if (pool) row.pool = pool;
    if (off) row.offload = off;
    return row;
  });
}

/**
 * Where the pool starts to beat concurrency: the first pair of adjacent shares where concurrent is
 * faster at the lower and the pool at the upper, with the share where ln(concurrent / pool) crosses
 * zero by linear interpolation. Null when the data never crosses (or lacks either strategy).
 */
export function measuredCrossover(rows: readonly MixedRow[]): { share: number; between: [number, number] } | null {
  const both = rows.filter((r) => r.concurrent && r.pool);
  const gap = (r: MixedRow) => Math.log((r.concurrent?.stats.median ?? 1) / (r.pool?.stats.median ?? 1));
  for (let i = 1; i < both.length; i++) {
    const a = both[i - 1] as MixedRow;
    const b = both[i] as MixedRow;
    const ga = gap(a);
    const gb = gap(b);
    if (ga < 0 && gb >= 0) {
      const share = a.share + ((b.share - a.share) * -ga) / (gb - ga);
      return { share, between: [a.share, b.share] };
    }
  }
  return null;
}


/** Claims of the mixed suite; `cores` is the machine's core count. */
export function mixedClaims(suite: Suite | undefined, cores: number): Claim[] {
  const rows = mixedRows(suite);
  return [oneLane(crossover(rows, cores), rows, cores), modelFits(rows, cores), loopRises(rows), oneLane(offloadBeatsBoth(rows), rows, cores)];
}

/**
 * A pool of W threads on `cores` computes min(W, cores) tasks at a time. With one (a 1-core
 * machine, `taskset -c 0`, a quota under 2 cores) the model gives the pool and offload no CPU time
 * in parallel: worker-pool N(c + d) against concurrent's Nc + d, offload d + Nc, the same as
 * concurrent. "The pool wins once tasks are mostly computing" and "offload beats both" then ask for a
 * second core the machine does not have: such a claim that fails is not decided, with the reason and
 * its measured figures, instead of ✘ (one that holds anyway is left as it is).
 */
function oneLane(claim: Claim, rows: readonly MixedRow[], cores: number): Claim {
  const pool = rows.find((row) => row.pool)?.pool ?? rows.find((row) => row.offload)?.offload;
  const w = Number(pool?.params.workers);
  if (!Number.isFinite(w) || Math.min(w, cores) >= 2 || claim.holds !== false) return claim;
  return {
    ...claim,
    holds: null,
    evidence:
      `not decided: a pool of W = ${w} on ${cores} core${cores === 1 ? '' : 's'} computes one task at a time (min(W, cores) = 1), ` +
      `so by the model neither the pool nor offload can beat concurrency: the claim needs a second core; measured: ${claim.evidence}`,
  };
}

function crossover(rows: MixedRow[], cores: number): Claim {
  const base = {
    id: 'mixed.crossover',
    suite: 'mixed',
    statement: 'Concurrency wins while tasks are mostly waiting; the worker pool wins once they are mostly computing',
    rule: 'at the smallest CPU share concurrent is faster than worker-pool, at the largest worker-pool is faster than concurrent',
  };
  const both = rows.filter((r) => r.concurrent && r.pool);
  const low = both[0];
  const high = both.at(-1);
  if (!low || !high || both.length < 2) return undecided(base, notMeasured('mixed/concurrent or mixed/worker-pool at two shares'));
  const median = (r: CompletedResult | undefined) => r?.stats.median ?? Number.NaN;
  const holds = median(low.concurrent) < median(low.pool) && median(high.pool) < median(high.concurrent);
  const found = measuredCrossover(rows);
  const n = Number(low.pool?.params.tasks);
  const w = Number(low.pool?.params.workers);
  const model = w <= cores ? modelCrossoverShare(n, w) : null;
  return {
    ...base,
    holds,
    evidence:
      `f=${pct(low.share)}: concurrent ${formatNumber(median(low.concurrent))} ms vs pool ${formatNumber(median(low.pool))} ms; ` +
      `f=${pct(high.share)}: concurrent ${formatNumber(median(high.concurrent))} ms vs pool ${formatNumber(median(high.pool))} ms; ` +
      `crossover measured ${found ? `at f≈${pct(found.share)} (between ${pct(found.between[0])} and ${pct(found.between[1])})` : 'nowhere in the sweep'}` +
      (model !== null ? `, model (ceil(N/W)-1)/(N-1) = ${pct(model)}` : ''),
  };
}

function modelFits(rows: MixedRow[], cores: number): Claim {
  const r = MIXED_RULES;
  const base = {
    id: 'mixed.model-fits',
    suite: 'mixed',
    statement: 'The model predicts mixed batches: sequential N(c+d), concurrent Nc+d, worker-pool ceil(N/W)(c+d), offload d+ceil(N/W)c',
    rule: `every measured median within ${r.modelLow}-${r.modelHigh} x the model's time (on a busy machine, the model for the cores free of other processes)`,
  };
  const all = rows.flatMap((row) => [row.sequential, row.concurrent, row.pool, row.offload]).filter((x): x is CompletedResult => x !== undefined && x.ideal > 0);
  if (all.length === 0) return undecided(base, notMeasured('any mixed strategy'));
  const judged = judgeCapacity(all, cores);
  if (judged.basis === 'unsteady') return undecided(base, judged.reason);
  // On a busy machine a pool's model is the one for the cores that were free (its `freeIdeal`).
  const idealOf = (x: CompletedResult) => (judged.basis === 'free' ? (x.freeIdeal?.ideal ?? x.ideal) : x.ideal);
  const ratios = all.map((x) => ({ x, ratio: x.stats.median / idealOf(x) }));
  const outside = ratios.filter(({ ratio }) => ratio < r.modelLow || ratio > r.modelHigh);
  const worst = ratios.reduce((a, b) => (Math.abs(Math.log(b.ratio)) > Math.abs(Math.log(a.ratio)) ? b : a));
  const describe = ({ x, ratio }: { x: CompletedResult; ratio: number }) =>
    `${x.strategy} f=${pct(x.point.cpuShare ?? 0)}: ${formatNumber(x.stats.median)} ms vs ${formatNumber(idealOf(x))} ms (${formatNumber(ratio)}x)`;
  return {
    ...base,
    holds: outside.length === 0,
    evidence:
      `${all.length - outside.length}/${all.length} points within tolerance; furthest: ${describe(worst)}` +
      (outside.length > 1 ? `; also outside: ${outside.filter((o) => o !== worst).slice(0, 3).map(describe).join(', ')}` : '') +
      judgedText(judged),
    judgedAgainst: judged.judgedAgainst,
  };
}

function loopRises(rows: MixedRow[]): Claim {
  const r = MIXED_RULES;
  const base = {
    id: 'mixed.event-loop-delay-rises',
    suite: 'mixed',
    statement: 'The more CPU inside a concurrent batch, the longer it freezes the event loop for everything else',
    rule: `concurrent event-loop p99 at the largest share >= ${r.loopRiseFactor} x its p99 at the smallest share and >= ${r.loopShareOfC} x c`,
  };
  const points = rows.filter((row) => row.concurrent?.eventLoopDelay);
  const low = points[0]?.concurrent;
  const high = points.at(-1)?.concurrent;
  if (!low?.eventLoopDelay || !high?.eventLoopDelay || points.length < 2) {
    return undecided(base, notMeasured('mixed/concurrent event-loop delay at two shares'));
  }
  const c = Number(high.params.cpuMs);
  return {
    ...base,
    holds: high.eventLoopDelay.p99 >= r.loopRiseFactor * low.eventLoopDelay.p99 && high.eventLoopDelay.p99 >= r.loopShareOfC * c,
    evidence: points.map((row) => `f=${pct(row.share)}: p99 ${formatNumber(row.concurrent?.eventLoopDelay?.p99 ?? 0)} ms`).join(', ') + ` (c = ${formatNumber(c)} ms at the largest share)`,
  };
}

/**
 * At the shares strictly between 0 and 1 where offload, concurrent and worker-pool all completed:
 * how many there are, and at how many offload's median beat the faster of the other two.
 */
export function offloadWins(rows: readonly MixedRow[]): { shares: number; wins: number } {
  const mid = rows.filter((row) => row.share > 0 && row.share < 1 && row.offload && row.concurrent && row.pool);
  const wins = mid.filter((row) => (row.offload?.stats.median ?? Infinity) < Math.min(row.concurrent?.stats.median ?? 0, row.pool?.stats.median ?? 0));
  return { shares: mid.length, wins: wins.length };
}

function offloadBeatsBoth(rows: MixedRow[]): Claim {
  const r = MIXED_RULES;
  const base = {
    id: 'mixed.offload-beats-both',
    suite: 'mixed',
    statement: 'Mixing: awaiting the I/O on the event loop and offloading the CPU part to threads beats both pure strategies',
    rule:
      'at every CPU share strictly between 0 and 1, offload\'s median < the faster of concurrent and worker-pool, ' +
      `and offload's event-loop p99 <= the pool's p99 + max(c, ${r.offloadLoopFloorMs} ms) there`,
  };
  const mid = rows.filter((row) => row.share > 0 && row.share < 1 && row.offload && row.concurrent && row.pool);
  if (mid.length === 0) return undecided(base, notMeasured('mixed/offload, concurrent and worker-pool at a CPU share between 0 and 1'));
  const median = (x: CompletedResult | undefined) => x?.stats.median ?? Number.NaN;
  const p99 = (x: CompletedResult | undefined) => x?.eventLoopDelay?.p99;
  const checks = mid.map((row) => {
    const best = Math.min(median(row.concurrent), median(row.pool));
    const bestName = median(row.concurrent) <= median(row.pool) ? 'concurrent' : 'worker-pool';
    const faster = median(row.offload) < best;
    const off = p99(row.offload);
    const pool = p99(row.pool);
    const slack = Math.max(Number(row.offload?.params.cpuMs), r.offloadLoopFloorMs);
    const free = off !== undefined && pool !== undefined ? off <= pool + slack : null;
    const loop = off !== undefined && pool !== undefined ? `, loop p99 ${formatNumber(off)} vs pool ${formatNumber(pool)} + ${formatNumber(slack)} ms` : ', loop p99 not measured';
    return {
      faster,
      free,
      text: `f=${pct(row.share)}: offload ${formatNumber(median(row.offload))} ms vs ${bestName} ${formatNumber(best)} ms (${formatNumber(best / median(row.offload))}x)${loop}`,
    };
  });
  // Speed decides when the loop was not measured only if speed already fails; never a guess.
  const holds = checks.some((c) => !c.faster || c.free === false) ? false : checks.every((c) => c.free === true) ? true : null;
  return { ...base, holds, evidence: checks.map((c) => c.text).join('; ') };
}

/** A share as a percentage: `25%`. */
export function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
