/**
 * The claim the `threadpool` suite decides: the article's "async does nothing for CPU-bound work"
 * holds for JavaScript on the main thread, but native work Node hands to libuv's threadpool
 * (crypto.pbkdf2 here) runs in parallel under Promise.all, up to min(UV_THREADPOOL_SIZE, cores).
 *
 * The rule reads how many threads computed at once under Promise.all: the child's CPU time over
 * wall time while the batch ran (`busyCores`), against the model's m. A ratio of times cannot say it
 * on a machine whose cores differ in speed: on the 2-core machine a thread runs a call in about 4.5
 * ms on one core and 7 ms on the other, and at size 1 the one pool thread sleeps between awaited
 * calls and may wake on either core while under Promise.all it runs the calls back to back, so
 * Promise.all over awaited one by one read up to 1.40x (Node 24) and 1.65x (Node 20) with one thread,
 * above the 1.3 x m line, where a pool that ignored the size reads about 2x on 2 cores, or 1.64x with
 * a fast and a slow one (bench/evidence/claims-2026-12-02d-node20-vs-node24.md). Busy cores do not
 * depend on a core's speed. Results without them (an older child) are judged by the ratio, as before.
 */
import { formatNumber } from '../format.js';
import type { Claim, CompletedResult, Suite } from '../results/schema.js';
import { findResult, notMeasured, undecided } from './claim-kit.js';
import { judgeCapacity, judgedText } from './free-capacity.js';
import { threadpoolModelSpeedup } from './threadpool.js';

/**
 * Thresholds of the threadpool rule, in one place so the docs and the report can quote them. At each
 * size, async-all's speedup over async-serial is read against the model's m = N/⌈N/min(size, cores)⌉
 * (src/model/threadpool.ts; both ways' ideals, N·c and ⌈N/min(size, cores)⌉·c, give the same m as
 * against sync). Measured on the 2-core machine (8 calls, quick): 1.03-1.08x at size 1 (m = 1),
 * 1.57-2.16x at sizes 2 and 4 (m = 2), whichever cores the threads got.
 */
export const THREADPOOL_RULES = {
  /**
   * At least this share of m at every size. On 2 cores a pool that ran one call at a time reads about
   * 1x at size 2, half of m.
   */
  shareOfModelLow: 0.7,
  /**
   * At most this multiple of m at every size. At size 1 a pool that ignored the size (4 threads by
   * default) reads about 2x; beyond the cores m stops growing, and so must the speedup.
   */
  shareOfModelHigh: 1.3,
} as const;

const sizeOf = (r: { point: Record<string, number> }) => r.point.poolSize;

/** The pool sizes the suite has any result for (completed or errored), ascending. */
function sizesOf(suite: Suite | undefined): number[] {
  const sizes = (suite?.results ?? []).map(sizeOf).filter((s): s is number => typeof s === 'number');
  return [...new Set(sizes)].sort((a, b) => a - b);
}

interface SizeRow {
  size: number;
  all: CompletedResult;
  /** Threads busy at once under Promise.all (CPU time / wall time), what the rule reads; undefined from an older child. */
  busy: number | undefined;
  /** async-all over async-serial, what the rule reads. */
  overSerial: number;
  /** async-all over sync (its recorded speedup), for the evidence. */
  overSync: number | null;
  model: number;
}

function rowAt(suite: Suite | undefined, size: number, coresOf: (r: CompletedResult) => number): SizeRow | undefined {
  const point = { poolSize: size };
  const serial = findResult(suite, 'cpu', 'async-serial', point);
  const all = findResult(suite, 'cpu', 'async-all', point);
  if (!serial || !all || !(all.stats.median > 0)) return undefined;
  return {
    size,
    all,
    busy: all.busyCores,
    overSerial: serial.stats.median / all.stats.median,
    overSync: all.speedup,
    model: threadpoolModelSpeedup(Number(all.params.calls), size, coresOf(all)),
  };
}

/** Claims of the threadpool suite; `cores` is the machine's core count. */
export function threadpoolClaims(suite: Suite | undefined, cores: number): Claim[] {
  return [parallelUpToCores(suite, cores)];
}

function parallelUpToCores(suite: Suite | undefined, cores: number): Claim {
  const r = THREADPOOL_RULES;
  const base = {
    id: 'threadpool.parallel-up-to-cores',
    suite: 'threadpool',
    statement: 'Async native work that Node hands to its threadpool runs in parallel, up to min(pool size, cores)',
    rule:
      `at every UV_THREADPOOL_SIZE s, while N async pbkdf2 calls run under Promise.all: threads busy at once ` +
      `(the process's CPU time / wall time) within ${r.shareOfModelLow}-${r.shareOfModelHigh} x m, m = N/ceil(N/min(s, cores)) ` +
      `(1 at s = 1, min(s, cores) when N is a multiple of it; a result without that figure: its speedup over the same calls ` +
      `awaited one by one, within the same band); needs s = 1 and one s >= 2`,
  };
  const sizes = sizesOf(suite);
  const completed = (suite?.results ?? []).filter((x): x is CompletedResult => x.state === 'completed');
  const judged = judgeCapacity(completed, cores);
  if (judged.basis === 'unsteady') return undecided(base, judged.reason);
  const rows = sizes.map((s) => rowAt(suite, s, judged.coresOf)).filter((row): row is SizeRow => row !== undefined);
  const one = rows.find((row) => row.size === 1);
  if (!one) return undecided(base, notMeasured('threadpool async-serial and async-all at UV_THREADPOOL_SIZE=1', 'completed results'));
  if (!rows.some((row) => row.size >= 2)) {
    return undecided(base, notMeasured('threadpool async-serial and async-all at a UV_THREADPOOL_SIZE >= 2', 'completed results'));
  }
  const within = (row: SizeRow): boolean => {
    const read = row.busy ?? row.overSerial;
    return read >= r.shareOfModelLow * row.model && read <= r.shareOfModelHigh * row.model;
  };
  const busyRows = rows.filter((row) => row.busy !== undefined);
  const missing = sizes.filter((s) => !rows.some((row) => row.size === s));
  const overSync = rows.filter((row) => row.overSync !== null);
  const evidence = [
    `N = ${one.all.params.calls} calls of c = ${formatNumber(Number(one.all.params.callMs))} ms on ${cores} core${cores === 1 ? '' : 's'}` +
      (busyRows.length > 0
        ? `, threads busy at once under Promise.all: ${busyRows.map((row) => `size ${row.size} ${formatNumber(row.busy ?? 0)} (model ${formatNumber(row.model)})`).join(', ')}; `
        : ', ') +
      `Promise.all over awaited one by one: ` +
      rows.map((row) => `size ${row.size} ${formatNumber(row.overSerial)}x${row.busy === undefined ? ` (model ${formatNumber(row.model)}x)` : ''}`).join(', '),
    ...(overSync.length > 0 ? [`over pbkdf2Sync one by one: ${overSync.map((row) => `${formatNumber(row.overSync ?? 0)}x`).join(', ')}`] : []),
    ...(missing.length > 0 ? [`size ${missing.join(', ')}: no completed async-serial and async-all, left out`] : []),
    ...(judged.basis === 'free' ? [judgedText(judged).slice(2)] : []),
  ].join('; ');
  return { ...base, holds: rows.every(within), evidence, judgedAgainst: judged.judgedAgainst };
}
