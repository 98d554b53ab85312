/**
 * Verdicts on a busy machine. A neighbour that keeps a core busy does not make "a worker pool speeds
 * CPU work up to the number of cores" false: it leaves fewer cores to speed up with. So a claim about
 * cores, or a model fit, is judged against the cores that were free while its results ran (each
 * result's `capacity`, src/measure/capacity.ts), when the contention was steady; when it varied too
 * much to say what was free, the claim is not decided. And a claim that still fails on a busy machine
 * is not decided either (`guardBusyClaims`): the figures are kept in its evidence, but a neighbour
 * never turns a claim ✘. On a quiet machine nothing here changes a verdict.
 */
import { formatNumber } from '../format.js';
import { CROWDED_SHARE, crowdedCores } from '../results/crowding.js';
import type { Claim, CompletedResult, FreeIdeal, Result, Suite } from '../results/schema.js';
import { isStrategyName, strategyDefinition } from '../strategies/registry.js';

/** The thresholds, in one place so the docs and the report can quote them. */
export const FREE_CAPACITY_RULES = {
  /** A result was measured on a busy machine when other processes held at least this share of the cores (crowdedCores). */
  busyShare: CROWDED_SHARE,
  /**
   * Its contention was steady when what other processes held moved by at most this share of the
   * cores over its window (otherCpuHigh - otherCpuLow, over parts of at least 500 ms). A neighbour
   * burning one core read a spread of 0-0.35 cores over the quick results of 5 busy runs on the
   * 2-core machine (most 0.00: a quick result is mostly one part); the readings' own error is under
   * 0.1 cores at 500 ms.
   */
  steadySpreadShare: 0.25,
} as const;

/** Cores other processes held while a result ran (0 when not recorded). */
export function otherCpuOf(result: CompletedResult): number {
  return result.capacity?.otherCpu ?? result.otherCpu ?? 0;
}

/** Whether other processes held a busy share of the cores while the result ran. */
export function isBusy(result: CompletedResult, cores: number): boolean {
  return otherCpuOf(result) >= crowdedCores(cores);
}

/** Whether the result's contention was too uneven to say what was free. */
function isUnsteady(result: CompletedResult, cores: number): boolean {
  const c = result.capacity;
  return c !== undefined && c.otherCpuHigh - c.otherCpuLow > FREE_CAPACITY_RULES.steadySpreadShare * Math.max(1, cores);
}

/** What a verdict on cores is judged against. */
export type CapacityJudgement =
  | { basis: 'nominal' | 'free'; judgedAgainst: NonNullable<Claim['judgedAgainst']>; coresOf(result: CompletedResult): number }
  | { basis: 'unsteady'; reason: string };

/**
 * The capacity to judge a claim that reads `results` against: the machine's cores when none was
 * busy; each result's free cores when the busy ones were steady; unsteady (not decided) otherwise.
 */
export function judgeCapacity(results: readonly (CompletedResult | undefined)[], cores: number): CapacityJudgement {
  const read = results.filter((r): r is CompletedResult => r !== undefined);
  const busy = read.filter((r) => isBusy(r, cores));
  const most = Math.max(0, ...read.map(otherCpuOf));
  if (busy.length === 0) {
    return { basis: 'nominal', judgedAgainst: { basis: 'nominal', cores, nominalCores: cores, otherCpu: most }, coresOf: () => cores };
  }
  const uneven = read.filter((r) => isUnsteady(r, cores));
  if (uneven.length > 0) {
    const ranges = uneven.map((r) => `${r.strategy}${pointText(r)} ${formatNumber(r.capacity?.otherCpuLow ?? 0)}-${formatNumber(r.capacity?.otherCpuHigh ?? 0)}`);
    return {
      basis: 'unsteady',
      reason:
        `not decided: other processes held a varying share of the ${cores} cores while its results ran (${ranges.join(', ')} cores), ` +
        `more than ${formatNumber(FREE_CAPACITY_RULES.steadySpreadShare * cores)} apart, so what was free cannot be said`,
    };
  }
  const coresOf = (r: CompletedResult) => Math.min(cores, r.capacity?.freeCores ?? Math.max(0, cores - otherCpuOf(r)));
  const least = Math.min(...read.map(coresOf));
  return { basis: 'free', judgedAgainst: { basis: 'free', cores: least, nominalCores: cores, otherCpu: most }, coresOf };
}

/** `; judged against 1.02 free cores (other processes held 0.98 of 2)`, or nothing on a quiet machine. */
export function judgedText(j: CapacityJudgement): string {
  if (j.basis !== 'free') return '';
  const a = j.judgedAgainst;
  return `; judged against ${formatNumber(a.cores)} free core${a.cores === 1 ? '' : 's'} (other processes held up to ${formatNumber(a.otherCpu)} of ${a.nominalCores})`;
}

function pointText(r: Pick<Result, 'point'>): string {
  const entries = Object.entries(r.point);
  return entries.length > 0 ? ` ${entries.map(([k, v]) => `${k}=${v}`).join(',')}` : '';
}

/**
 * The strategy's ideal for the capacity that was free, on a busy machine with steady contention,
 * when its model depends on the cores (a pool's CPU parts); undefined otherwise, and for results
 * whose ideal is not the registry model's (a `--target` batch, the threadpool suite's calls).
 */
export function freeIdealOf(result: CompletedResult, cores: number): FreeIdeal | undefined {
  if (!isBusy(result, cores) || isUnsteady(result, cores) || !result.capacity) return undefined;
  if (!isStrategyName(result.strategy) || result.unit !== 'ms') return undefined;
  if (result.workload !== 'io' && result.workload !== 'cpu' && result.workload !== 'mixed') return undefined;
  const p = result.params;
  const num = (k: string, fallback: number) => (typeof p[k] === 'number' ? (p[k] as number) : fallback);
  const input = {
    tasks: num('tasks', result.point.tasks ?? 1),
    delayMs: num('delayMs', 0),
    cpuMs: num('cpuMs', 0),
    workers: num('workers', result.point.workers ?? cores),
    concurrency: num('concurrency', 1),
  };
  const model = strategyDefinition(result.strategy).model[result.workload];
  const nominal = model({ ...input, cores });
  if (Math.abs(nominal.ms - result.ideal) > 1e-6 * Math.max(1, result.ideal)) return undefined;
  const free = Math.round(Math.min(cores, result.capacity.freeCores) * 100) / 100;
  const atFree = model({ ...input, cores: free });
  if (atFree.ms === nominal.ms) return undefined;
  return { cores: free, ideal: atFree.ms, idealFormula: atFree.formula };
}

/** Each completed result with its free-capacity ideal (src/model/derive.ts's companion: a pure step after measuring). */
export function applyFreeIdeals(results: readonly Result[], cores: number): Result[] {
  return results.map((r) => {
    if (r.state !== 'completed') return r;
    const { freeIdeal: _old, ...rest } = r;
    const free = freeIdealOf(rest, cores);
    return free ? { ...rest, freeIdeal: free } : rest;
  });
}

/**
 * A neighbour never turns a claim ✘: a claim that fails while any result of its suite was measured
 * on a busy machine is not decided, its rule's figures kept after the reason. Claims that hold, and
 * every claim of a suite measured on a quiet machine, are left as they are.
 */
export function guardBusyClaims(claims: readonly Claim[], suite: Suite, cores: number): Claim[] {
  const busy = suite.results.filter((r): r is CompletedResult => r.state === 'completed' && isBusy(r, cores));
  if (busy.length === 0) return [...claims];
  const most = Math.max(...busy.map(otherCpuOf));
  return claims.map((c) =>
    c.holds !== false
      ? c
      : {
          ...c,
          holds: null,
          evidence:
            `not decided: other processes held up to ${formatNumber(most)} of ${cores} cores while the ${suite.name} suite ran ` +
            `(${busy.length} of its results on a busy machine), and the rule fails under them; measured: ${c.evidence}`,
        },
  );
}
