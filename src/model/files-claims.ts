/**
 * The claims the `files` suite decides: where the article's "File I/O operations" bullet holds in
 * Node and where it bends. Reads of slow files (each waits d) go through libuv's thread pool, so
 * their waits overlap only as far as its threads reach; sockets need no thread to wait
 * (src/model/files.ts).
 *
 * The rules read measured times against the model with a band, not a point: a read never returns
 * before its d (the server sleeps at least d), and above it each batch pays FUSE's and the pool's
 * hand-offs, 1-5 ms at 16-48 reads here (16 reads at size 16 and d = 20: 26.9 ms, 1.35x its 20 ms).
 * The alternatives the rules must tell apart are far outside the band: reads as free as sockets
 * would read d at every size (1/16 of the model at size 1, N = 16), one read at a time N·d.
 */
import { formatNumber } from '../format.js';
import type { Claim, CompletedResult, Suite } from '../results/schema.js';
import { findResult, notMeasured, undecided } from './claim-kit.js';
import { starvationWaitMs } from './files.js';

/** Thresholds, in one place so docs and report can quote them. */
export const FILES_RULES = {
  /** A concurrent batch of reads within this band of ⌈N/min(size, N)⌉·d. */
  modelLow: 0.8,
  modelHigh: 1.5,
  /**
   * Where the pool caps the reads (model ≥ 2d), sockets beat the files by at least this share of the
   * model's ratio ⌈N/min(size, N)⌉. Not a fixed share of the files' time: at a model of 2d the best
   * sockets can do is exactly half, and each call costs the client and server CPU (about 0.2 ms a
   * call here: 32 calls of 20 ms took 27.7 ms).
   */
  socketsShare: 0.5,
  /** The smallest size's time over the largest's: at least this share of the model's ratio. */
  liftShare: 0.5,
  /** A victim behind the reads: at least this share of the model's wait ⌊N/size⌋·d added to its time alone. */
  starvationShare: 0.5,
} as const;

const suiteName = 'files';
const ms = (x: number): string => `${formatNumber(x)} ms`;

function completed(suite: Suite | undefined, workload: string, strategy: string): CompletedResult[] {
  return (suite?.results ?? []).filter(
    (r): r is CompletedResult => r.state === 'completed' && r.workload === workload && r.strategy === strategy && typeof r.point.poolSize === 'number',
  );
}

export function filesClaims(suite: Suite | undefined): Claim[] {
  const claims = [poolCapsFileReads(suite), poolSizeLiftsCap(suite), starvation(suite)];
  // A skipped suite (no FUSE here) says why, not just that nothing was measured.
  const skipped = suite?.params.skipped;
  return typeof skipped === 'string' ? claims.map((c) => ({ ...c, holds: null, evidence: `not measured: ${skipped}` })) : claims;
}

function poolCapsFileReads(suite: Suite | undefined): Claim {
  const r = FILES_RULES;
  const base = {
    id: 'files.pool-caps-file-reads',
    suite: suiteName,
    statement: "Concurrent file reads wait on libuv's thread pool: ceil(N / UV_THREADPOOL_SIZE) * d, where sockets take d",
    rule:
      `every concurrent batch of N slow reads within ${r.modelLow}-${r.modelHigh} x ceil(N/min(size, N))*d; where that model is 2d or more, ` +
      `the same N calls on sockets faster than the files by at least ${r.socketsShare} x that model's ceil(N/min(size, N)); needs such a point`,
  };
  const reads = completed(suite, 'file', 'concurrent').sort((a, b) => (a.point.poolSize ?? 0) - (b.point.poolSize ?? 0) || (a.point.tasks ?? 0) - (b.point.tasks ?? 0));
  const d = Number(reads[0]?.params.delayMs);
  if (reads.length === 0 || !(d > 0)) return undecided(base, notMeasured('files concurrent reads', 'completed results'));
  const off = reads.filter((x) => !(x.stats.median >= r.modelLow * x.ideal && x.stats.median <= r.modelHigh * x.ideal));
  const capped = reads.filter((x) => x.ideal >= 2 * d);
  if (capped.length === 0) return undecided(base, `no point where the pool caps the reads (model >= 2d = ${2 * d} ms): run a size below N`);
  const pairs = capped.map((x) => ({ x, socket: findResult(suite, 'io', 'concurrent', x.point) }));
  const noSocket = pairs.filter((p) => p.socket === undefined);
  if (noSocket.length === pairs.length) return undecided(base, notMeasured('files sockets beside the capped reads', 'completed results'));
  const slowSockets = pairs.filter((p) => p.socket !== undefined && !(p.x.stats.median / p.socket.stats.median >= r.socketsShare * (p.x.ideal / d)));
  const at = (x: CompletedResult) => `size ${x.point.poolSize}, N=${x.point.tasks}`;
  const evidence = [
    `d = ${d} ms; files read ${reads.map((x) => `${at(x)}: ${ms(x.stats.median)} (model ${ms(x.ideal)}, ${formatNumber(x.stats.median / x.ideal)}x)`).join('; ')}`,
    `sockets: ${pairs.filter((p) => p.socket).map((p) => `${at(p.x)}: ${ms(p.socket?.stats.median ?? 0)} (${formatNumber((p.socket?.stats.median ?? 0) / d)}x d), the files ${formatNumber(p.x.stats.median / (p.socket?.stats.median ?? 1))}x slower (model ${formatNumber(p.x.ideal / d)}x)`).join('; ')}`,
    ...(off.length > 0 ? [`outside the band: ${off.map(at).join('; ')}`] : []),
    ...(slowSockets.length > 0 ? [`sockets not clearly faster: ${slowSockets.map((p) => at(p.x)).join('; ')}`] : []),
  ].join('; ');
  return { ...base, holds: off.length === 0 && slowSockets.length === 0, evidence };
}

function poolSizeLiftsCap(suite: Suite | undefined): Claim {
  const r = FILES_RULES;
  const base = {
    id: 'files.pool-size-lifts-cap',
    suite: suiteName,
    statement: 'Raising UV_THREADPOOL_SIZE lifts the cap on concurrent file reads',
    rule:
      `at the largest N read at every size: the time falls at each step up in size where the model falls, and the smallest size's time ` +
      `over the largest's is at least ${r.liftShare} x the model's ratio; needs two sizes`,
  };
  const reads = completed(suite, 'file', 'concurrent');
  const sizes = [...new Set(reads.map((x) => x.point.poolSize as number))].sort((a, b) => a - b);
  const common = [...new Set(reads.map((x) => x.point.tasks as number))].filter((n) => sizes.every((s) => reads.some((x) => x.point.poolSize === s && x.point.tasks === n)));
  if (sizes.length < 2 || common.length === 0) return undecided(base, notMeasured('files concurrent reads at one N and two pool sizes', 'completed results'));
  const n = Math.max(...common);
  const row = sizes.map((s) => reads.find((x) => x.point.poolSize === s && x.point.tasks === n) as CompletedResult);
  const first = row[0] as CompletedResult;
  const last = row[row.length - 1] as CompletedResult;
  const modelRatio = first.ideal / last.ideal;
  const ratio = first.stats.median / last.stats.median;
  if (!(modelRatio > 1)) return undecided(base, `at N=${n} the model gives every size the same time (N <= the smallest size): nothing to lift`);
  const notFalling = row.slice(1).filter((x, i) => x.ideal < (row[i] as CompletedResult).ideal && !(x.stats.median < (row[i] as CompletedResult).stats.median));
  const evidence =
    `N = ${n}: ${row.map((x) => `size ${x.point.poolSize} ${ms(x.stats.median)} (model ${ms(x.ideal)})`).join(', ')}; ` +
    `size ${first.point.poolSize} over size ${last.point.poolSize}: ${formatNumber(ratio)}x (model ${formatNumber(modelRatio)}x)` +
    (notFalling.length > 0 ? `; not faster than the size below: size ${notFalling.map((x) => x.point.poolSize).join(', ')}` : '');
  return { ...base, holds: notFalling.length === 0 && ratio >= r.liftShare * modelRatio, evidence };
}

const VICTIM_NAMES: Record<string, string> = { pbkdf2: 'crypto.pbkdf2', 'dns-lookup': "dns.lookup('localhost')" };

function starvation(suite: Suite | undefined): Claim {
  const r = FILES_RULES;
  const base = {
    id: 'files.starvation',
    suite: suiteName,
    statement: 'Slow file I/O delays unrelated async work that shares the thread pool',
    rule:
      `each victim (crypto.pbkdf2, dns.lookup) queued right after N slow reads takes at least ${r.starvationShare} x floor(N/size)*d longer ` +
      `than alone (medians); needs N >= size, so the reads fill the pool`,
  };
  const rows = Object.keys(VICTIM_NAMES).map((name) => {
    const all = (suite?.results ?? []).filter((x): x is CompletedResult => x.state === 'completed' && x.strategy === name && typeof x.point.fileLoad === 'number');
    const idle = all.find((x) => x.point.fileLoad === 0);
    const loaded = all.find((x) => (x.point.fileLoad ?? 0) > 0);
    return { name, idle, loaded };
  });
  const missing = rows.filter((x) => !x.idle || !x.loaded);
  if (missing.length > 0) return undecided(base, notMeasured(`files starvation ${missing.map((x) => x.name).join(', ')} (alone and loaded)`, 'completed results'));
  const judged = rows.map(({ name, idle, loaded }) => {
    const i = idle as CompletedResult;
    const l = loaded as CompletedResult;
    const n = l.point.fileLoad as number;
    const size = l.point.poolSize as number;
    const wait = starvationWaitMs(n, size, Number(l.params.delayMs));
    const added = l.stats.median - i.stats.median;
    return { name, i, l, n, size, wait, added, ok: added >= r.starvationShare * wait };
  });
  const first = judged[0] as (typeof judged)[number];
  if (first.n < first.size || !(first.wait > 0)) return undecided(base, `the file load (N=${first.n}) does not fill the pool (size ${first.size})`);
  const evidence =
    `behind ${first.n} slow reads of ${first.l.params.delayMs} ms at UV_THREADPOOL_SIZE=${first.size}: ` +
    judged.map((x) => `${VICTIM_NAMES[x.name]} ${ms(x.i.stats.median)} alone, ${ms(x.l.stats.median)} loaded (+${ms(x.added)}; model +${ms(x.wait)})`).join('; ');
  return { ...base, holds: judged.every((x) => x.ok), evidence };
}
