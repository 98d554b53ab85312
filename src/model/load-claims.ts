/**
 * Claims decided by the `load` suite, each from the closed-model points by a stated rule, with its
 * evidence (open-model points, `--rate`, are reported but decide nothing). Missing data gives
 * `holds: null`, never a guess.
 */
import type { Claim, CompletedResult, Suite } from '../results/schema.js';
import { formatNumber } from '../format.js';
import { notMeasured, undecided } from './claim-kit.js';
import { judgeCapacity, judgedText } from './free-capacity.js';

/** Thresholds of the load rules, in one place so the docs and the report can quote them. */
export const LOAD_RULES = {
  /** Each step of the sweep must multiply I/O req/s by at least this share of the step in C. */
  ioGrowthShareOfStep: 0.25,
  /** Single-threaded CPU: every point within this relative band of the sweep's median req/s... */
  cpuFlatBand: 0.3,
  /** ...and that median between these shares of 1000/c. */
  cpuAboutIdealLow: 0.6,
  cpuAboutIdealHigh: 1.15,
  /** Single-threaded CPU at C >= 10: mean latency, unfinished requests included, between these multiples of C·c (Little's law). */
  cpuLatencyLow: 0.5,
  cpuLatencyHigh: 2,
  /** Pool: best req/s at C >= cores at least this share of cores × 1000/c... */
  poolShareOfCores: 0.6,
  /** ...and no point above this multiple of cores × 1000/c. */
  poolBeyondCores: 1.3,
  /**
   * A finding, not a claim: the report names a closed-model point where at least this share of the
   * connections got less than half their fair share of answers (unfair service; decides nothing).
   */
  starvedFindingShare: 0.1,
} as const;

/** Completed closed-model load points of one target, by ascending connections. */
export function sweepOf(suite: Suite | undefined, strategy: string): CompletedResult[] {
  return (suite?.results ?? [])
    .filter(
      (r): r is CompletedResult =>
        r.state === 'completed' && r.strategy === strategy && r.load !== undefined && r.load.model === 'closed',
    )
    .sort((a, b) => (a.point.connections ?? 0) - (b.point.connections ?? 0));
}

const rps = (r: CompletedResult) => r.load?.requestsPerSecond ?? r.stats.median;
const conn = (r: CompletedResult) => r.point.connections ?? 0;

/** Claims of the load suite; `cores` is the machine's core count. */
export function loadClaims(suite: Suite | undefined, cores: number): Claim[] {
  return [ioGrows(suite), cpuFlat(suite), cpuLatencyLinear(suite), poolScales(suite, cores)];
}

function ioGrows(suite: Suite | undefined): Claim {
  const r = LOAD_RULES;
  const base = {
    id: 'load.io-throughput-grows',
    suite: 'load',
    statement: 'An I/O-bound server serves more requests per second the more connections wait on it',
    rule: `every step of the sweep multiplies I/O req/s by >= ${r.ioGrowthShareOfStep} x the step in connections (Little's law: X = C/d)`,
  };
  const points = sweepOf(suite, 'io');
  if (points.length < 2) return undecided(base, notMeasured('two I/O sweep points', 'completed closed-model points'));
  const holds = points.every((p, i) => {
    const prev = points[i - 1];
    return !prev || rps(p) / rps(prev) >= r.ioGrowthShareOfStep * (conn(p) / conn(prev));
  });
  return {
    ...base,
    holds,
    evidence: points.map((p) => `C=${conn(p)}: ${formatNumber(rps(p))} req/s (${formatNumber(p.efficiency * 100)}% of ${formatNumber(p.ideal)})`).join(', '),
  };
}

function cpuFlat(suite: Suite | undefined): Claim {
  const r = LOAD_RULES;
  const base = {
    id: 'load.cpu-throughput-flat',
    suite: 'load',
    statement: 'A CPU-bound server on one event loop serves about 1000/c requests per second, however many connections wait',
    rule: `every point within +/-${r.cpuFlatBand * 100}% of the sweep's median req/s, and that median within ${r.cpuAboutIdealLow}-${r.cpuAboutIdealHigh} x 1000/c`,
  };
  const points = sweepOf(suite, 'cpu');
  if (points.length < 2) return undecided(base, notMeasured('two single-threaded CPU sweep points', 'completed closed-model points'));
  const values = points.map(rps).sort((a, b) => a - b);
  const mid = values.length % 2 === 1 ? (values[(values.length - 1) / 2] as number) : ((values[values.length / 2 - 1] as number) + (values[values.length / 2] as number)) / 2;
  const c = Number(points[0]?.params.cpuMs);
  const ideal = 1000 / c;
  const flat = points.every((p) => Math.abs(rps(p) - mid) <= r.cpuFlatBand * mid);
  const about = mid >= r.cpuAboutIdealLow * ideal && mid <= r.cpuAboutIdealHigh * ideal;
  return {
    ...base,
    holds: flat && about,
    evidence: `1000/c = ${formatNumber(ideal)} req/s (c = ${formatNumber(c)} ms); ${points.map((p) => `C=${conn(p)}: ${formatNumber(rps(p))}`).join(', ')} req/s; median ${formatNumber(mid)}`,
  };
}

/** Little's law's mean wait of a point: answers and unfinished requests together when recorded, else the answers' mean. */
function meanWait(p: CompletedResult): number {
  return p.load?.latency.meanWithUnfinishedMs ?? p.load?.latency.mean ?? 0;
}

function cpuLatencyLinear(suite: Suite | undefined): Claim {
  const r = LOAD_RULES;
  const base = {
    id: 'load.cpu-latency-linear',
    suite: 'load',
    statement: "On one event loop, a CPU-bound server's latency grows linearly with connections: each waits for all the others",
    rule: `at every C >= 10, mean latency (requests still waiting when the window closed counted at their age) within ${r.cpuLatencyLow}-${r.cpuLatencyHigh} x C*c (Little's law: W = C/X with X = 1000/c)`,
  };
  const points = sweepOf(suite, 'cpu').filter((p) => conn(p) >= 10);
  if (points.length === 0) return undecided(base, notMeasured('a single-threaded CPU point with C >= 10', 'completed closed-model points'));
  const c = Number(points[0]?.params.cpuMs);
  const ratios = points.map((p) => ({ p, ratio: meanWait(p) / (conn(p) * c) }));
  const fairness = (p: CompletedResult): string => {
    const f = p.load?.fairness;
    const unfinished = p.load?.latency.unfinished;
    const parts = [
      ...(unfinished !== undefined ? [`${unfinished} unfinished, longest ${formatNumber(p.load?.latency.maxUnfinishedAgeMs ?? 0)} ms`] : []),
      ...(f ? [`${formatNumber(f.starvedShare * 100)}% of connections starved`] : []),
      `p50 ${formatNumber(p.load?.latency.p50 ?? 0)} ms`,
    ];
    return parts.join(', ');
  };
  return {
    ...base,
    holds: ratios.every(({ ratio }) => ratio >= r.cpuLatencyLow && ratio <= r.cpuLatencyHigh),
    evidence: ratios
      .map(({ p, ratio }) => `C=${conn(p)}: mean ${formatNumber(meanWait(p))} ms vs C*c ${formatNumber(conn(p) * c)} ms (${formatNumber(ratio)}x; ${fairness(p)})`)
      .join('; '),
  };
}

function poolScales(suite: Suite | undefined, cores: number): Claim {
  const r = LOAD_RULES;
  const base = {
    id: 'load.cpu-pool-scales-to-cores',
    suite: 'load',
    // No figure in the statement: a merged report shows one statement for every machine's verdict.
    statement: 'A CPU-bound server with a pool of one thread per core scales to the cores and no further',
    rule: `best pooled req/s at C >= cores >= ${r.poolShareOfCores} x cores*1000/c (the cores free of other processes while it ran, on a busy machine), and no point above ${r.poolBeyondCores} x cores*1000/c`,
  };
  const points = sweepOf(suite, 'cpu-pool');
  const wide = points.filter((p) => conn(p) >= cores);
  if (wide.length === 0) return undecided(base, notMeasured(`a pooled CPU point with C >= ${cores}`, 'completed closed-model points'));
  const judged = judgeCapacity(points, cores);
  const c = Number(wide[0]?.params.cpuMs);
  const ceiling = (cores * 1000) / c;
  const best = Math.max(...wide.map(rps));
  const sweepText = `${cores} core${cores === 1 ? '' : 's'}, a pool of ${cores}: cores*1000/c = ${formatNumber(ceiling)} req/s (c = ${formatNumber(c)} ms); ${points.map((p) => `C=${conn(p)}: ${formatNumber(rps(p))}`).join(', ')} req/s`;
  if (judged.basis === 'unsteady') return undecided(base, `${judged.reason}; measured ${sweepText}`);
  // Each point against the cores that were free while it ran (all of them on a quiet machine).
  const reached = wide.some((p) => rps(p) >= (r.poolShareOfCores * Math.min(cores, judged.coresOf(p)) * 1000) / c);
  // The two CPU servers may burn different c per request: compare them in cores of work per second
  // (req/s x c / 1000), which is what "scales to the cores" counts.
  const work = (p: CompletedResult) => (rps(p) * Number(p.params.cpuMs)) / 1000;
  const single = sweepOf(suite, 'cpu');
  const singleWork = single.length > 0 ? Math.max(...single.map(work)) : null;
  const bestWork = (best * c) / 1000;
  return {
    ...base,
    holds: reached && points.every((p) => rps(p) <= r.poolBeyondCores * ceiling),
    evidence:
      sweepText +
      `; ${formatNumber(bestWork)} cores of work per second` +
      (singleWork !== null && singleWork > 0 ? `, ${formatNumber(bestWork / singleWork)}x the event-loop server's ${formatNumber(singleWork)}` : '') +
      judgedText(judged),
    judgedAgainst: judged.judgedAgainst,
  };
}
