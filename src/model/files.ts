/**
 * The files suite's model: N reads of slow files (each read waits d ms: servers/slow_file_server.py)
 * made four ways, with libuv's pool at UV_THREADPOOL_SIZE = size, and the same N waits on sockets.
 *
 * Node's asynchronous `fs` calls are blocking calls run on libuv's threadpool: a read that waits
 * holds a pool thread for the whole wait. So waits overlap only as far as threads reach, whatever
 * the cores (a waiting thread computes nothing):
 * - `sequential` (readFileSync one by one): N·d.
 * - `concurrent` (Promise.all of fs.promises.readFile): ⌈N / min(size, N)⌉·d.
 * - `bounded` (k at a time): ⌈N / min(size, k, N)⌉·d.
 * - `worker-pool` (readFileSync in W worker threads: each worker blocks, no pool involved): ⌈N / min(W, N)⌉·d.
 * - sockets (`io`/`concurrent`, Promise.all of N HTTP calls of d): d. The kernel watches sockets
 *   for the event loop (epoll): no thread waits for them.
 *
 * Starvation: work queued on the pool behind N slow reads waits for them. libuv's queue is FIFO: a
 * victim queued right after N reads (each one pool job that waits d) is job N + 1, and starts when
 * a thread frees after the ⌊N / size⌋-th round of reads: ⌊N / size⌋·d later than it would alone.
 */
import type { Ideal } from './ideal.js';

/** The most slow files a batch reads (one per task): the server's own limit. */
export const FILES_MAX_TASKS = 4096;

export const FILE_STRATEGIES = ['sequential', 'concurrent', 'bounded', 'worker-pool'] as const;
export type FileStrategy = (typeof FILE_STRATEGIES)[number];

export interface FilesIdealInput {
  strategy: FileStrategy;
  /** N: files read in the batch. */
  tasks: number;
  /** d: one read's wait (ms). */
  delayMs: number;
  /** UV_THREADPOOL_SIZE */
  poolSize: number;
  /** k of `bounded`. */
  concurrency: number;
  /** W of `worker-pool`. */
  workers: number;
}

/** How many reads wait at once: the threads that hold them, capped by the batch. */
export function fileLanes(input: Omit<FilesIdealInput, 'delayMs'>): number {
  const { strategy, tasks: n, poolSize, concurrency, workers } = input;
  switch (strategy) {
    case 'sequential':
      return 1;
    case 'concurrent':
      return Math.max(1, Math.min(poolSize, n));
    case 'bounded':
      return Math.max(1, Math.min(poolSize, concurrency, n));
    case 'worker-pool':
      return Math.max(1, Math.min(workers, n));
  }
}

export function filesIdeal(input: FilesIdealInput): Ideal {
  const { strategy, tasks: n, delayMs: d, poolSize: size, concurrency: k, workers: w } = input;
  const rounds = Math.ceil(n / fileLanes(input));
  switch (strategy) {
    case 'sequential':
      return { ms: n * d, formula: `N*d = ${n}*${d}` };
    case 'concurrent':
      return { ms: rounds * d, formula: `ceil(N/min(size,N))*d = ceil(${n}/min(${size},${n}))*${d}` };
    case 'bounded':
      return { ms: rounds * d, formula: `ceil(N/min(size,k,N))*d = ceil(${n}/min(${size},${k},${n}))*${d}` };
    case 'worker-pool':
      return { ms: rounds * d, formula: `ceil(N/min(W,N))*d = ceil(${n}/min(${w},${n}))*${d}` };
  }
}

/** N waits on sockets: d, whatever N (the io suite's concurrent model, without its per-call cost). */
export function socketsIdeal(delayMs: number): Ideal {
  return { ms: delayMs, formula: `d = ${delayMs}` };
}

/** How much later than alone a victim queued right after N slow reads starts: ⌊N/size⌋·d. */
export function starvationWaitMs(fileLoad: number, poolSize: number, delayMs: number): number {
  return Math.floor(fileLoad / Math.max(1, poolSize)) * delayMs;
}

/** The loaded victim's ideal: its idle latency (measured) plus the wait. */
export function starvationIdeal(idleMs: number, fileLoad: number, poolSize: number, delayMs: number): Ideal {
  return {
    ms: idleMs + starvationWaitMs(fileLoad, poolSize, delayMs),
    formula: `idle + floor(N/size)*d = ${Number(idleMs.toFixed(3))} + floor(${fileLoad}/${poolSize})*${delayMs}`,
  };
}
