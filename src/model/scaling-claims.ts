/** The claims the `scaling` suite decides, each from the data by a stated rule, with its evidence. */
import { formatNumber } from '../format.js';
import type { Claim, CompletedResult, Suite } from '../results/schema.js';
import { findResult, notMeasured, undecided } from './claim-kit.js';
import { CPU_RULES } from './cpu-claims.js';
import { judgeCapacity, judgedText } from './free-capacity.js';

/** Thresholds of the scaling rules, in one place so the report and docs can quote them. */
export const SCALING_RULES = {
  /** The pool at the largest W <= cores must reach this share of W (the cpu suite's rule). */
  poolShareOfIdeal: CPU_RULES.cpuPoolShareOfIdeal,
  /** Threads past the core count may add at most this much speedup. */
  beyondCoresTolerance: 1.15,
  /** The evidence names the first N whose concurrent I/O efficiency falls below this (decides nothing). */
  ioEfficiencyNoted: 0.5,
} as const;

/**
 * Thresholds of "one thread keeps thousands of I/O calls in flight", decided on concurrent at the
 * largest N of the sweep whose batch completed. A 2-core machine meets them with room to spare;
 * each catches a way a client fails at it (docs/reports.md has the figures).
 *
 * The event loop's p99 is reported, not judged: at N = 10,000 the one thread spends about a second
 * sending and reading the calls (undici dispatches them in one synchronous burst), so a p99 of
 * hundreds of ms is what a working client shows; the client that stalls the loop for the whole batch
 * (one call at a time, synchronously) is caught by the sockets share and the time bound.
 */
export const IN_FLIGHT_RULES = {
  /** "Thousands": the largest N that ran must be at least this, else the claim is undecided. */
  minTasks: 1000,
  /** The batch may take this many times d (the calls' own wait, once)... */
  delayMultiple: 2,
  /**
   * ...plus this much per call (ms): the one thread's cost of sending a call and reading its answer.
   * Plain undici: about 0.065 ms (5000 concurrent 100 ms calls in 424 ms); in the standard sweep on
   * the 2-core machine, 0.13 to 0.18 ms at N = 10,000 (its dispatch grows faster than N), so 0.4
   * leaves twice that. A client that serialises its calls (N·d) or queues them behind 12 sockets or
   * fewer (ceil(N/12)·d at d = 5 ms) is over it.
   */
  perCallMs: 0.4,
  /**
   * The client's peak sockets in use must reach this share of N: the calls were in flight together,
   * not queued behind a capped pool (a pool of 50 passes the time bound at d = 5 ms, not this).
   */
  socketsShareOfN: 0.9,
} as const;

/** The in-flight rule in words, from IN_FLIGHT_RULES. */
export const IN_FLIGHT_RULE_TEXT =
  `at the largest N that ran (>= ${IN_FLIGHT_RULES.minTasks}): concurrent finishes within ` +
  `${IN_FLIGHT_RULES.delayMultiple}·d + N × ${IN_FLIGHT_RULES.perCallMs} ms with no call failing, ` +
  `and its peak sockets in use reach >= ${IN_FLIGHT_RULES.socketsShareOfN * 100}% of N`;

/** The claim "one thread keeps thousands of I/O calls in flight" (see IN_FLIGHT_RULES). */
export function inFlightClaim(suite: Suite | undefined): Claim {
  const base = {
    id: 'scaling.io-thousands-in-flight',
    suite: 'scaling',
    statement: 'One thread keeps thousands of I/O calls in flight',
    rule: IN_FLIGHT_RULE_TEXT,
  };
  const rules = IN_FLIGHT_RULES;
  const concurrent = (suite?.results ?? [])
    .filter((r): r is CompletedResult => r.state === 'completed' && r.workload === 'io' && r.strategy === 'concurrent')
    .filter((r) => typeof r.point.tasks === 'number' && r.extrapolated === undefined)
    .sort((a, b) => (b.point.tasks ?? 0) - (a.point.tasks ?? 0));
  const top = concurrent[0];
  const skipped = skippedNote(suite);
  if (!top || (top.point.tasks ?? 0) < rules.minTasks) {
    const ran = top ? `the largest N that ran is ${top.point.tasks}` : notMeasured('a concurrent I/O sweep point');
    return undecided(base, `${ran}; it takes N >= ${rules.minTasks}${skipped}`);
  }
  const n = top.point.tasks ?? 0;
  const d = typeof top.params.delayMs === 'number' ? top.params.delayMs : Number.NaN;
  if (!top.resources || !Number.isFinite(d)) {
    return undecided(base, notMeasured(`concurrent at N=${n}`, 'record of its sockets in use and delay d'));
  }
  const bound = rules.delayMultiple * d + n * rules.perCallMs;
  const ms = top.stats.median;
  const sockets = top.resources.socketsInUsePeak;
  const p99 = top.eventLoopDelay ? `${formatNumber(top.eventLoopDelay.p99)} ms` : 'not recorded';
  const holds = ms <= bound && top.taskErrors === 0 && sockets >= rules.socketsShareOfN * n;
  const sequential = findResult(suite, 'io', 'sequential', { tasks: n });
  const reference = sequential
    ? `; sequential ${formatNumber(sequential.stats.median)} ms${sequential.extrapolated ? ' (extrapolated)' : ''}`
    : '';
  return {
    ...base,
    holds,
    evidence:
      `N=${n}: concurrent ${formatNumber(ms)} ms (bound ${formatNumber(bound)} ms), ${top.taskErrors} calls failed, ` +
      `${sockets} sockets in use at peak (${formatNumber((sockets / n) * 100)}% of N), event-loop p99 ${p99} (not judged), ` +
      `peak RSS ${formatNumber(top.resources.rssPeakBytes / 2 ** 20)} MiB${reference}${skipped}`,
  };
}

/** `; N=10000 skipped (open-file limit 4096)` from the suite's params, or nothing. */
function skippedNote(suite: Suite | undefined): string {
  const skipped = suite?.params.ioTasksSkipped;
  if (!Array.isArray(skipped) || skipped.length === 0) return '';
  return `; N=${skipped.join(', ')} skipped (open-file limit ${String(suite?.params.openFileLimit)})`;
}

/** Claims decided by the `scaling` suite. */
export function scalingClaims(suite: Suite | undefined, cores: number): Claim[] {
  const claims: Claim[] = [];


  const growBase = {
    id: 'scaling.io-speedup-grows',
    suite: 'scaling',
    statement: 'The more I/O calls in a batch, the more concurrency saves',
    rule: 'the time concurrent I/O saves (sequential median - concurrent median) rises with every larger N in the sweep',
  };
  const ns = [...new Set((suite?.results ?? []).filter((x) => x.workload === 'io').map((x) => x.point.tasks ?? 0))].sort(
    (a, b) => a - b,
  );
  const points = ns.map((n) => ({ n, con: findResult(suite, 'io', 'concurrent', { tasks: n }) }));
  if (points.length < 2 || points.some((p) => p.con?.speedup === null || p.con?.speedup === undefined)) {
    claims.push(undecided(growBase, notMeasured('a concurrent I/O sweep point')));
  } else {
    // The sequential median is speedup × median; what concurrency saves is the difference.
    const saved = points.map((p) => (p.con ? p.con.stats.median * ((p.con.speedup ?? 1) - 1) : 0));
    const rises = saved.every((s, i) => i === 0 || s > (saved[i - 1] ?? 0));
    const falling = points.find((p) => (p.con?.efficiency ?? 1) < SCALING_RULES.ioEfficiencyNoted);
    const peak = points.reduce((a, b) => ((b.con?.speedup ?? 0) > (a.con?.speedup ?? 0) ? b : a));
    // Past N ≈ d / (the thread's cost per call) the speedup levels off: the saving still grows.
    const peakNote = peak !== points.at(-1) ? `; speedup peaks at N=${peak.n} (${formatNumber(peak.con?.speedup ?? 0)}x)` : '';
    claims.push({
      ...growBase,
      holds: rises,
      evidence:
        points.map((p, i) => `N=${p.n}: ${formatNumber(p.con?.speedup ?? 0)}x, saves ${formatNumber(saved[i] ?? 0)} ms`).join('; ') +
        peakNote +
        (falling ? `; efficiency first below ${SCALING_RULES.ioEfficiencyNoted * 100}% at N=${falling.n}` : `; efficiency >= ${SCALING_RULES.ioEfficiencyNoted * 100}% at every N`),
    });
  }

  const capBase = {
    id: 'scaling.cpu-capped-by-cores',
    suite: 'scaling',
    // No figure in the statement: a merged report shows one statement for every machine's verdict.
    statement: 'Threads speed CPU work up to the core count and no further',
    rule: `speedup at the largest W <= cores >= ${SCALING_RULES.poolShareOfIdeal} x min(W, the cores free of other processes while it ran), and no W > cores beats it by more than ${Math.round((SCALING_RULES.beyondCoresTolerance - 1) * 100)}%`,
  };
  const poolResults = (suite?.results ?? [])
    .filter((x): x is CompletedResult => x.state === 'completed' && x.workload === 'cpu' && x.strategy === 'worker-pool')
    .sort((a, b) => (a.point.workers ?? 0) - (b.point.workers ?? 0));
  const pools = poolResults.map((x) => ({ w: x.point.workers ?? 0, speedup: x.speedup, result: x }));
  const within = pools.filter((p) => p.w <= cores).at(-1);
  const beyond = pools.filter((p) => p.w > cores);
  const seq = (suite?.results ?? []).find((x): x is CompletedResult => x.state === 'completed' && x.workload === 'cpu' && x.strategy === 'sequential');
  const judged = judgeCapacity([seq, ...poolResults], cores);
  if (!within || within.speedup === null || beyond.length === 0 || beyond.some((p) => p.speedup === null)) {
    claims.push(undecided(capBase, notMeasured('a worker count at or below and one above the core count')));
  } else if (judged.basis === 'unsteady') {
    claims.push(undecided(capBase, `${judged.reason}; measured ${pools.map((p) => `W=${p.w}: ${formatNumber(p.speedup ?? 0)}x`).join(', ')}`));
  } else {
    const best = Math.max(...beyond.map((p) => p.speedup ?? 0));
    // At the largest W <= cores, the lanes the pool had: W, or fewer on a busy machine.
    const lanes = Math.min(within.w, judged.coresOf(within.result)) / (seq ? Math.min(1, judged.coresOf(seq)) : 1);
    claims.push({
      ...capBase,
      holds: within.speedup >= SCALING_RULES.poolShareOfIdeal * lanes && best <= within.speedup * SCALING_RULES.beyondCoresTolerance,
      evidence:
        `on ${cores} core${cores === 1 ? '' : 's'}: ` +
        pools.map((p) => `W=${p.w}: ${formatNumber(p.speedup ?? 0)}x`).join(', ') +
        (judged.basis === 'free' ? `; ideal at W=${within.w} ${formatNumber(lanes)}x` : '') + judgedText(judged),
      judgedAgainst: judged.judgedAgainst,
    });
  }
  claims.push(inFlightClaim(suite));
  return claims;
}
