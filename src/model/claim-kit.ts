/**
 * What every claim module shares: finding a completed result, an undecided claim, and the one
 * wording of "not measured". A claim whose data is missing (suite errored, strategy skipped) is
 * `holds: null`, never guessed; a claim that fails on this machine is reported failed, never bent
 * to pass.
 */
import type { Claim, CompletedResult, Suite } from '../results/schema.js';

type Point = Record<string, number>;

function samePoint(a: Point, b: Point): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** The completed result of `strategy` on `workload` at `point` in `suite`, if any. */
export function findResult(
  suite: Suite | undefined,
  workload: string,
  strategy: string,
  point: Point = {},
): CompletedResult | undefined {
  return suite?.results.find(
    (r): r is CompletedResult =>
      r.state === 'completed' && r.workload === workload && r.strategy === strategy && samePoint(r.point, point),
  );
}

/** A claim that its data cannot decide: `holds: null`, with why as its evidence. */
export function undecided(base: Omit<Claim, 'holds' | 'evidence'>, why: string): Claim {
  return { ...base, holds: null, evidence: why };
}

/**
 * The evidence of an undecided claim: `not measured: io/concurrent has no completed result in this
 * run`; `what` names the data, `kind` what of it was looked for.
 */
export function notMeasured(what: string, kind = 'completed result'): string {
  return `not measured: ${what} has no ${kind} in this run`;
}
