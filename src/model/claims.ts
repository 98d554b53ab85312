/**
 * The claims a run decides, each from the data by a stated rule, with its evidence. A claim whose
 * data is missing (suite errored, strategy skipped) is `holds: null`, never guessed; a claim that
 * fails on this machine is reported failed, never bent to pass.
 */
import type { Claim, CompletedResult, Suite } from '../results/schema.js';

/** Thresholds of the rules, in one place so the report can quote them. */
export const CLAIM_RULES = {
  /** Concurrent I/O must reach at least this share of its ideal speedup (N). */
  ioConcurrentShareOfIdeal: 0.5,
  /** A concurrent I/O batch may take at most this many times one call. */
  ioBatchVsOneCall: 2,
  /** Concurrent CPU counts as "no benefit" within this relative band around 1×. */
  cpuConcurrentBand: 0.15,
  /** The CPU pool must reach at least this share of min(W, cores). */
  cpuPoolShareOfIdeal: 0.7,
  /** Main-thread CPU: event-loop p99 at least this share of one task's CPU time. */
  eventLoopBlockedShare: 0.5,
  /** Pool: event-loop p99 at most max(this share of c, eventLoopFreeFloorMs). */
  eventLoopFreeShare: 0.25,
  eventLoopFreeFloorMs: 5,
  /** Threads past the core count may add at most this much speedup. */
  beyondCoresTolerance: 1.15,
} as const;

/** 3 significant digits, no exponent. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 100) return x.toFixed(0);
  if (abs >= 10) return x.toFixed(1);
  if (abs >= 1) return x.toFixed(2);
  return x.toPrecision(2);
}

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

function undecided(base: Omit<Claim, 'holds' | 'evidence'>, why: string): Claim {
  return { ...base, holds: null, evidence: why };
}

const missing = (what: string) => `not measured: ${what} has no completed result in this run`;

/** Claims decided by the `io` suite. */
export function ioClaims(suite: Suite | undefined): Claim[] {
  const seq = findResult(suite, 'io', 'sequential');
  const con = findResult(suite, 'io', 'concurrent');
  const r = CLAIM_RULES;
  const speedupBase = {
    id: 'io.concurrent-speedup',
    suite: 'io',
    statement: 'Concurrency speeds up I/O-bound work',
    rule: `concurrent speedup over sequential >= ${r.ioConcurrentShareOfIdeal} x its ideal (N)`,
  };
  const slowestBase = {
    id: 'io.time-of-one-call',
    suite: 'io',
    statement: 'A concurrent batch of I/O calls finishes in about the time of one call',
    rule: `concurrent batch median <= ${r.ioBatchVsOneCall} x one call's latency d`,
  };
  const claims: Claim[] = [];
  if (!seq || !con || con.speedup === null) {
    claims.push(undecided(speedupBase, missing(!seq ? 'io/sequential' : 'io/concurrent')));
  } else {
    const n = Number(con.params.tasks);
    const idealSpeedup = seq.ideal / con.ideal;
    claims.push({
      ...speedupBase,
      holds: con.speedup >= r.ioConcurrentShareOfIdeal * idealSpeedup,
      evidence: `${n} calls: sequential ${fmt(seq.stats.median)} ms, concurrent ${fmt(con.stats.median)} ms: ${fmt(con.speedup)}x (ideal ${fmt(idealSpeedup)}x)`,
    });
  }
  if (!con) {
    claims.push(undecided(slowestBase, missing('io/concurrent')));
  } else {
    const d = Number(con.params.delayMs);
    claims.push({
      ...slowestBase,
      holds: con.stats.median <= r.ioBatchVsOneCall * d,
      evidence: `${con.params.tasks} concurrent calls of d = ${fmt(d)} ms took ${fmt(con.stats.median)} ms (${fmt(con.stats.median / d)}x d)`,
    });
  }
  return claims;
}

/** Claims decided by the `cpu` suite; `cores` is the machine's core count. */
export function cpuClaims(suite: Suite | undefined, cores: number): Claim[] {
  const seq = findResult(suite, 'cpu', 'sequential');
  const con = findResult(suite, 'cpu', 'concurrent');
  const pool = findResult(suite, 'cpu', 'worker-pool');
  const r = CLAIM_RULES;
  const claims: Claim[] = [];

  const noBenefit = {
    id: 'cpu.concurrent-no-benefit',
    suite: 'cpu',
    statement: 'Concurrency does nothing for CPU-bound work',
    rule: `concurrent speedup within 1 +/- ${r.cpuConcurrentBand}`,
  };
  if (!seq || !con || con.speedup === null) {
    claims.push(undecided(noBenefit, missing(!seq ? 'cpu/sequential' : 'cpu/concurrent')));
  } else {
    claims.push({
      ...noBenefit,
      holds: Math.abs(con.speedup - 1) <= r.cpuConcurrentBand,
      evidence: `sequential ${fmt(seq.stats.median)} ms, concurrent ${fmt(con.stats.median)} ms: ${fmt(con.speedup)}x`,
    });
  }

  const poolBase = {
    id: 'cpu.pool-speedup',
    suite: 'cpu',
    statement: 'A worker pool speeds up CPU-bound work, up to the number of cores',
    rule: `worker-pool speedup >= ${r.cpuPoolShareOfIdeal} x min(W, cores)`,
  };
  if (!seq || !pool || pool.speedup === null) {
    claims.push(undecided(poolBase, missing(!seq ? 'cpu/sequential' : 'cpu/worker-pool')));
  } else {
    const w = Number(pool.params.workers);
    const lanes = Math.min(w, cores);
    claims.push({
      ...poolBase,
      holds: pool.speedup >= r.cpuPoolShareOfIdeal * lanes,
      evidence: `W = ${w} threads on ${cores} cores: ${fmt(pool.speedup)}x (ideal ${lanes}x; pool start-up ${fmt(pool.poolStartupMs ?? Number.NaN)} ms, not timed)`,
    });
  }

  const loopBase = {
    id: 'cpu.event-loop-blocked',
    suite: 'cpu',
    statement: 'CPU work on the main thread freezes its event loop; the worker pool keeps it free',
    rule: `event-loop delay p99: concurrent >= ${r.eventLoopBlockedShare} x c, worker-pool <= max(${r.eventLoopFreeShare} x c, ${r.eventLoopFreeFloorMs} ms)`,
  };
  if (!con?.eventLoopDelay || !pool?.eventLoopDelay) {
    claims.push(undecided(loopBase, missing(!con?.eventLoopDelay ? 'cpu/concurrent event-loop delay' : 'cpu/worker-pool event-loop delay')));
  } else {
    const c = Number(con.params.cpuMs);
    const blocked = con.eventLoopDelay.p99 >= r.eventLoopBlockedShare * c;
    const free = pool.eventLoopDelay.p99 <= Math.max(r.eventLoopFreeShare * c, r.eventLoopFreeFloorMs);
    claims.push({
      ...loopBase,
      holds: blocked && free,
      evidence: `c = ${fmt(c)} ms per task, ${con.params.tasks} tasks: p99 ${fmt(con.eventLoopDelay.p99)} ms concurrent (the whole batch holds the loop), ${fmt(pool.eventLoopDelay.p99)} ms worker-pool`,
    });
  }
  return claims;
}

/** Claims decided by the `scaling` suite. */
export function scalingClaims(suite: Suite | undefined, cores: number): Claim[] {
  const claims: Claim[] = [];
  const r = CLAIM_RULES;

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
    claims.push(undecided(growBase, missing('a concurrent I/O sweep point')));
  } else {
    const speedups = points.map((p) => p.con?.speedup ?? 0);
    const rises = speedups.every((s, i) => i === 0 || s > (speedups[i - 1] ?? 0));
    const falling = points.find((p) => (p.con?.efficiency ?? 1) < 0.5);
    claims.push({
      ...growBase,
      holds: rises,
      evidence:
        points.map((p) => `N=${p.n}: ${fmt(p.con?.speedup ?? 0)}x`).join(', ') +
        (falling ? `; efficiency first below 50% at N=${falling.n}` : '; efficiency >= 50% at every N'),
    });
  }

  const capBase = {
    id: 'scaling.cpu-capped-by-cores',
    suite: 'scaling',
    statement: `Threads speed CPU work up to the core count (${cores}) and no further`,
    rule: `speedup at the largest W <= cores >= ${r.cpuPoolShareOfIdeal} x W, and no W > cores beats it by more than ${Math.round((r.beyondCoresTolerance - 1) * 100)}%`,
  };
  const pools = (suite?.results ?? [])
    .filter((x): x is CompletedResult => x.state === 'completed' && x.workload === 'cpu' && x.strategy === 'worker-pool')
    .map((x) => ({ w: x.point.workers ?? 0, speedup: x.speedup }))
    .sort((a, b) => a.w - b.w);
  const within = pools.filter((p) => p.w <= cores).at(-1);
  const beyond = pools.filter((p) => p.w > cores);
  if (!within || within.speedup === null || beyond.length === 0 || beyond.some((p) => p.speedup === null)) {
    claims.push(undecided(capBase, missing('a worker count at or below and one above the core count')));
  } else {
    const best = Math.max(...beyond.map((p) => p.speedup ?? 0));
    claims.push({
      ...capBase,
      holds: within.speedup >= r.cpuPoolShareOfIdeal * within.w && best <= within.speedup * r.beyondCoresTolerance,
      evidence: pools.map((p) => `W=${p.w}: ${fmt(p.speedup ?? 0)}x`).join(', '),
    });
  }
  return claims;
}
