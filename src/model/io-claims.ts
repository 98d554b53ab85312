/** The claims the `io` suite decides, each from the data by a stated rule, with its evidence. */
import { formatNumber } from '../format.js';
import type { Claim, Suite } from '../results/schema.js';
import { findResult, notMeasured, undecided } from './claim-kit.js';

/** Thresholds of the io rules, in one place so the report and docs can quote them. */
export const IO_RULES = {
  /** Concurrent I/O must reach at least this share of its ideal speedup (N). */
  ioConcurrentShareOfIdeal: 0.5,
  /** A concurrent I/O batch may take at most this many times one call. */
  ioBatchVsOneCall: 2,
} as const;

/** Claims decided by the `io` suite. */
export function ioClaims(suite: Suite | undefined): Claim[] {
  const seq = findResult(suite, 'io', 'sequential');
  const con = findResult(suite, 'io', 'concurrent');
  
  const speedupBase = {
    id: 'io.concurrent-speedup',
    suite: 'io',
    statement: 'Concurrency speeds up I/O-bound work',
    rule: `concurrent speedup over sequential >= ${IO_RULES.ioConcurrentShareOfIdeal} x its ideal (N)`,
  };
  const slowestBase = {
    id: 'io.time-of-one-call',
    suite: 'io',
    statement: 'A concurrent batch of I/O calls finishes in about the time of one call',
    rule: `concurrent batch median <= ${IO_RULES.ioBatchVsOneCall} x one call's latency d`,
  };
  const claims: Claim[] = [];
  if (!seq || !con || con.speedup === null) {
    claims.push(undecided(speedupBase, notMeasured(!seq ? 'io/sequential' : 'io/concurrent')));
  } else {
    const n = Number(con.params.tasks);
    const idealSpeedup = seq.ideal / con.ideal;
    claims.push({
      ...speedupBase,
      holds: con.speedup >= IO_RULES.ioConcurrentShareOfIdeal * idealSpeedup,
      evidence: `${n} calls: sequential ${formatNumber(seq.stats.median)} ms, concurrent ${formatNumber(con.stats.median)} ms: ${formatNumber(con.speedup)}x (ideal ${formatNumber(idealSpeedup)}x)`,
    });
  }
  if (!con) {
    claims.push(undecided(slowestBase, notMeasured('io/concurrent')));
  } else {
    const d = Number(con.params.delayMs);
    claims.push({
      ...slowestBase,
      holds: con.stats.median <= IO_RULES.ioBatchVsOneCall * d,
      evidence: `${con.params.tasks} concurrent calls of d = ${formatNumber(d)} ms took ${formatNumber(con.stats.median)} ms (${formatNumber(con.stats.median / d)}x d)`,
    });
  }
  return claims;
}
