/**
 * The claim the `threadpool` suite decides: the article's "async does nothing for CPU-bound work"
 * holds for JavaScript on the main thread, but native work Node hands to libuv's threadpool
 * (crypto.pbkdf2 here) runs in parallel under Promise.all, up to min(UV_THREADPOOL_SIZE, cores).
 */
import { formatNumber } from '../format.js';
import { isCrowded } from '../results/crowding.js';
import type { Claim, CompletedResult, Suite } from '../results/schema.js';
import { findResult, notMeasured, undecided } from './claim-kit.js';
import { threadpoolModelSpeedup } from './threadpool.js';

/**
 * Thresholds of the threadpool rule, in one place so the docs and the report can quote them. Each
 * size's async-all speedup over sync one by one is read against the model's m = N/⌈N/min(size, cores)⌉
 * (src/model/threadpool.ts). Measured on the 2-core machine (8 calls): 0.83× at size 1 (m = 1),
 * 1.77× at 2 and 1.95× at 4 (m = 2).
 */
export const THREADPOOL_RULES = {
  /**
   * Size 1: at least this share of m = 1. One thread takes the calls in turn, so async-all is about
   * sync; below 1 by the hop to the pool and back (0.83× measured), so the band reaches lower here.
   */
  oneThreadLow: 0.6,
  /** Every size >= 2: at least this share of m (a pool that ran one call at a time reads <= 1/2 of m on 2 cores). */
  parallelShareOfModel: 0.7,
  /** Every size: at most this multiple of m. Beyond the cores m stops growing, so must the speedup. */
  beyondModel: 1.3,
} as const;

const sizeOf = (r: { point: Record<string, number> }) => r.point.poolSize;

/** The pool sizes the suite has any result for (completed or errored), ascending. */
function sizesOf(suite: Suite | undefined): number[] {
  const sizes = (suite?.results ?? []).map(sizeOf).filter((s): s is number => typeof s === 'number');
  return [...new Set(sizes)].sort((a, b) => a - b);
}

interface SizeRow {
  size: number;
  sync: CompletedResult;
  all: CompletedResult;
  serial: CompletedResult | undefined;
  speedup: number;
  model: number;
}

function rowAt(suite: Suite | undefined, size: number, cores: number): SizeRow | undefined {
  const point = { poolSize: size };
  const sync = findResult(suite, 'cpu', 'sync', point);
  const all = findResult(suite, 'cpu', 'async-all', point);
  if (!sync || !all || !(all.stats.median > 0)) return undefined;
  return {
    size,
    sync,
    all,
    serial: findResult(suite, 'cpu', 'async-serial', point),
    speedup: all.speedup ?? sync.stats.median / all.stats.median,
    model: threadpoolModelSpeedup(Number(all.params.calls), size, cores),
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
    statement: "Async native work that Node hands to its threadpool runs in parallel, up to min(pool size, cores)",
    rule:
      `async-all (Promise.all over N async pbkdf2 calls) speedup over pbkdf2Sync one by one at each UV_THREADPOOL_SIZE s, ` +
      `against the model m = N/ceil(N/min(s, cores)): at s = 1 within ${r.oneThreadLow}-${r.beyondModel} x m (m = 1: one thread), ` +
      `at every s >= 2 within ${r.parallelShareOfModel}-${r.beyondModel} x m (needs s = 1 and one s >= 2)`,
  };
  const sizes = sizesOf(suite);
  const rows = sizes.map((s) => rowAt(suite, s, cores)).filter((row): row is SizeRow => row !== undefined);
  const one = rows.find((row) => row.size === 1);
  if (!one) return undecided(base, notMeasured('threadpool sync and async-all at UV_THREADPOOL_SIZE=1', 'completed results'));
  if (!rows.some((row) => row.size >= 2)) {
    return undecided(base, notMeasured('threadpool sync and async-all at a UV_THREADPOOL_SIZE >= 2', 'completed results'));
  }
  const within = (row: SizeRow): boolean => {
    const low = row.size === 1 ? r.oneThreadLow : r.parallelShareOfModel;
    return row.speedup >= low * row.model && row.speedup <= r.beyondModel * row.model;
  };
  const missing = sizes.filter((s) => !rows.some((row) => row.size === s));
  const calls = Number(one.all.params.calls);
  const c = Number(one.all.params.callMs);
  const crowded = rows.filter((row) => isCrowded(row.all, 'cpu', cores));
  const serial = rows.map((row) => row.serial?.speedup).filter((x): x is number => typeof x === 'number');
  const evidence = [
    `N = ${calls} calls of c = ${formatNumber(c)} ms on ${cores} cores: ` +
      rows.map((row) => `size ${row.size} ${formatNumber(row.speedup)}x (model ${formatNumber(row.model)}x)`).join(', '),
    ...(serial.length > 0 ? [`awaited one by one ${formatNumber(Math.min(...serial))}-${formatNumber(Math.max(...serial))}x`] : []),
    ...(missing.length > 0 ? [`size ${missing.join(', ')}: no completed sync and async-all, left out`] : []),
    ...(crowded.length > 0
      ? [
          `crowded at size ${crowded.map((row) => row.size).join(', ')}: other processes kept up to ` +
            `${formatNumber(Math.max(...crowded.map((row) => row.all.otherCpu ?? 0)))} cores busy, which takes the parallelism away`,
        ]
      : []),
  ].join('; ');
  return { ...base, holds: rows.every(within), evidence };
}
