/** The claims the `cpu` suite decides, each from the data by a stated rule, with its evidence. */
import { formatNumber } from '../format.js';
import type { Claim, Suite } from '../results/schema.js';
import { findResult, notMeasured, undecided } from './claim-kit.js';
import { judgeCapacity, judgedText } from './free-capacity.js';

/** Thresholds of the cpu rules, in one place so the report and docs can quote them. */
export const CPU_RULES = {
  /** Concurrent CPU counts as "no benefit" within this relative band around 1×. */
  cpuConcurrentBand: 0.15,
  /** The CPU pool must reach at least this share of min(W, cores). */
  cpuPoolShareOfIdeal: 0.7,
  /** Main-thread CPU: event-loop p99 at least this share of one task's CPU time. */
  eventLoopBlockedShare: 0.5,
  /**
   * Pool: event-loop p99 at most max(this share of c, eventLoopFreeFloorMs): the loop never waited as
   * long as one task. With W = cores threads burning, the main thread waits for a scheduler slice to
   * run a timer: 1.7-5.8 ms on the 2-core machine over 30 quick runs on Node 20, 22 and 24
   * (bench/evidence/event-loop-pool-p99-2026-12-02.md), the kernel's doing, not JavaScript holding the loop. The
   * earlier line, max(c/4, 5 ms), ran through that spread; concurrent sits at the whole batch (75-83 ms).
   */
  eventLoopFreeShare: 1,
  eventLoopFreeFloorMs: 5,
} as const;

/** Claims decided by the `cpu` suite; `cores` is the machine's core count. */
export function cpuClaims(suite: Suite | undefined, cores: number): Claim[] {
  const seq = findResult(suite, 'cpu', 'sequential');
  const con = findResult(suite, 'cpu', 'concurrent');
  const pool = findResult(suite, 'cpu', 'worker-pool');
  
  const claims: Claim[] = [];

  const noBenefit = {
    id: 'cpu.concurrent-no-benefit',
    suite: 'cpu',
    statement: 'Concurrency does nothing for CPU-bound work',
    rule: `concurrent speedup within 1 +/- ${CPU_RULES.cpuConcurrentBand}`,
  };
  if (!seq || !con || con.speedup === null) {
    claims.push(undecided(noBenefit, notMeasured(!seq ? 'cpu/sequential' : 'cpu/concurrent')));
  } else {
    claims.push({
      ...noBenefit,
      holds: Math.abs(con.speedup - 1) <= CPU_RULES.cpuConcurrentBand,
      evidence: `sequential ${formatNumber(seq.stats.median)} ms, concurrent ${formatNumber(con.stats.median)} ms: ${formatNumber(con.speedup)}x`,
    });
  }

  const poolBase = {
    id: 'cpu.pool-speedup',
    suite: 'cpu',
    statement: 'A worker pool speeds up CPU-bound work, up to the number of cores',
    rule: `worker-pool speedup >= ${CPU_RULES.cpuPoolShareOfIdeal} x min(W, cores), the cores those free of other processes while it ran on a busy machine`,
  };
  const judged = judgeCapacity([seq, pool], cores);
  if (!seq || !pool || pool.speedup === null) {
    claims.push(undecided(poolBase, notMeasured(!seq ? 'cpu/sequential' : 'cpu/worker-pool')));
  } else if (judged.basis === 'unsteady') {
    claims.push(undecided(poolBase, `${judged.reason}; measured ${formatNumber(pool.speedup)}x`));
  } else {
    const w = Number(pool.params.workers);
    // The ideal speedup on the capacity each ran with: the pool's lanes over the one lane sequential needs.
    const lanes = Math.min(w, judged.coresOf(pool)) / Math.min(1, judged.coresOf(seq));
    claims.push({
      ...poolBase,
      holds: pool.speedup >= CPU_RULES.cpuPoolShareOfIdeal * lanes,
      evidence:
        `W = ${w} thread${w === 1 ? '' : 's'} on ${cores} core${cores === 1 ? '' : 's'}: ${formatNumber(pool.speedup)}x (ideal ${formatNumber(lanes)}x; pool start-up ${formatNumber(pool.poolStartupMs ?? Number.NaN)} ms, not timed)` +
        judgedText(judged),
      judgedAgainst: judged.judgedAgainst,
    });
  }

  const loopBase = {
    id: 'cpu.event-loop-blocked',
    suite: 'cpu',
    statement: 'CPU work on the main thread freezes its event loop; the worker pool keeps it free',
    rule: `event-loop delay p99: concurrent >= ${CPU_RULES.eventLoopBlockedShare} x c, worker-pool <= max(${CPU_RULES.eventLoopFreeShare} x c, ${CPU_RULES.eventLoopFreeFloorMs} ms)`,
  };
  if (!con?.eventLoopDelay || !pool?.eventLoopDelay) {
    claims.push(undecided(loopBase, notMeasured(!con?.eventLoopDelay ? 'cpu/concurrent event-loop delay' : 'cpu/worker-pool event-loop delay')));
  } else {
    const c = Number(con.params.cpuMs);
    const blocked = con.eventLoopDelay.p99 >= CPU_RULES.eventLoopBlockedShare * c;
    const free = pool.eventLoopDelay.p99 <= Math.max(CPU_RULES.eventLoopFreeShare * c, CPU_RULES.eventLoopFreeFloorMs);
    claims.push({
      ...loopBase,
      holds: blocked && free,
      evidence: `c = ${formatNumber(c)} ms per task, ${con.params.tasks} tasks: p99 ${formatNumber(con.eventLoopDelay.p99)} ms concurrent (the whole batch holds the loop), ${formatNumber(pool.eventLoopDelay.p99)} ms worker-pool`,
    });
  }
  return claims;
}
