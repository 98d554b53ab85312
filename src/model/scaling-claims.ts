/** The claims the `scaling` suite decides, each from the data by a stated rule, with its evidence. */
import { formatNumber } from '../format.js';
import type { Claim, CompletedResult, Suite } from '../results/schema.js';
import { findResult, notMeasured, undecided } from './claim-kit.js';
import { CPU_RULES } from './cpu-claims.js';

/** Thresholds of the scaling rules, in one place so the report and docs can quote them. */
export const SCALING_RULES = {
  /** The pool at the largest W <= cores must reach this share of W (the cpu suite's rule). */
  poolShareOfIdeal: CPU_RULES.cpuPoolShareOfIdeal,
  /** Threads past the core count may add at most this much speedup. */
  beyondCoresTolerance: 1.15,
  /** The evidence names the first N whose concurrent I/O efficiency falls below this (decides nothing). */
  ioEfficiencyNoted: 0.5,
} as const;

/** Claims decided by the `scaling` suite. */
export function scalingClaims(suite: Suite | undefined, cores: number): Claim[] {
  const claims: Claim[] = [];
  

  const growBase = {
    id: 'scaling.io-speedup-grows',
    suite: 'scaling',
    statement: 'The more I/O calls in a batch, the more concurrency saves',
    rule: 'concurrent I/O speedup rises with every larger N in the sweep',
  };
  const ns = [...new Set((suite?.results ?? []).filter((x) => x.workload === 'io').map((x) => x.point.tasks ?? 0))].sort(
    (a, b) => a - b,
  );
  const points = ns.map((n) => ({ n, con: findResult(suite, 'io', 'concurrent', { tasks: n }) }));
  if (points.length < 2 || points.some((p) => p.con?.speedup === null || p.con?.speedup === undefined)) {
    claims.push(undecided(growBase, notMeasured('a concurrent I/O sweep point')));
  } else {
    const speedups = points.map((p) => p.con?.speedup ?? 0);
    const rises = speedups.every((s, i) => i === 0 || s > (speedups[i - 1] ?? 0));
    const falling = points.find((p) => (p.con?.efficiency ?? 1) < SCALING_RULES.ioEfficiencyNoted);
    claims.push({
      ...growBase,
      holds: rises,
      evidence:
        points.map((p) => `N=${p.n}: ${formatNumber(p.con?.speedup ?? 0)}x`).join(', ') +
        (falling ? `; efficiency first below ${SCALING_RULES.ioEfficiencyNoted * 100}% at N=${falling.n}` : `; efficiency >= ${SCALING_RULES.ioEfficiencyNoted * 100}% at every N`),
    });
  }

  const capBase = {
    id: 'scaling.cpu-capped-by-cores',
    suite: 'scaling',
    statement: `Threads speed CPU work up to the core count (${cores}) and no further`,
    rule: `speedup at the largest W <= cores >= ${SCALING_RULES.poolShareOfIdeal} x W, and no W > cores beats it by more than ${Math.round((SCALING_RULES.beyondCoresTolerance - 1) * 100)}%`,
  };
  const pools = (suite?.results ?? [])
    .filter((x): x is CompletedResult => x.state === 'completed' && x.workload === 'cpu' && x.strategy === 'worker-pool')
    .map((x) => ({ w: x.point.workers ?? 0, speedup: x.speedup }))
    .sort((a, b) => a.w - b.w);
  const within = pools.filter((p) => p.w <= cores).at(-1);
  const beyond = pools.filter((p) => p.w > cores);
  if (!within || within.speedup === null || beyond.length === 0 || beyond.some((p) => p.speedup === null)) {
    claims.push(undecided(capBase, notMeasured('a worker count at or below and one above the core count')));
  } else {
    const best = Math.max(...beyond.map((p) => p.speedup ?? 0));
    claims.push({
      ...capBase,
      holds: within.speedup >= SCALING_RULES.poolShareOfIdeal * within.w && best <= within.speedup * SCALING_RULES.beyondCoresTolerance,
      evidence: pools.map((p) => `W=${p.w}: ${formatNumber(p.speedup ?? 0)}x`).join(', '),
    });
  }
  return claims;
}
