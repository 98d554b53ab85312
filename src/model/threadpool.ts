/**
 * The threadpool suite's model: N calls of native work that take c ms each (c measured in the child:
 * one pbkdf2Sync call), made three ways with libuv's pool at UV_THREADPOOL_SIZE = size.
 *
 * - `sync` (pbkdf2Sync one by one, on the main thread): N·c.
 * - `async-serial` (pbkdf2 awaited one by one): N·c. One call is in flight at a time, so the pool
 *   runs them in turn; async alone buys nothing.
 * - `async-all` (pbkdf2 under Promise.all): ⌈N / min(size, cores)⌉·c. All N are queued at once;
 *   min(size, cores) threads compute at a time, each taking the next call when it is done.
 */
import type { Ideal } from './ideal.js';

export const THREADPOOL_STRATEGIES = ['sync', 'async-serial', 'async-all'] as const;
export type ThreadpoolStrategy = (typeof THREADPOOL_STRATEGIES)[number];

export interface ThreadpoolIdealInput {
  strategy: ThreadpoolStrategy;
  /** N */
  calls: number;
  /** c: one call's time (ms). */
  callMs: number;
  /** UV_THREADPOOL_SIZE */
  poolSize: number;
  cores: number;
}

/** Threads of the pool that compute at once: min(size, cores). */
export function threadpoolLanes(poolSize: number, cores: number): number {
  return Math.max(1, Math.min(poolSize, cores));
}

export function threadpoolIdeal(input: ThreadpoolIdealInput): Ideal {
  const { calls: n, callMs: c, poolSize: size, cores } = input;
  switch (input.strategy) {
    case 'sync':
    case 'async-serial':
      return { ms: n * c, formula: `N*c = ${n}*${c}` };
    case 'async-all':
      return {
        ms: Math.ceil(n / threadpoolLanes(size, cores)) * c,
        formula: `ceil(N/min(size,cores))*c = ceil(${n}/min(${size},${cores}))*${c}`,
      };
  }
}

/**
 * The model's speedup of `async-all` over `sync` at one size: N·c / (⌈N/min(size, cores)⌉·c) =
 * N / ⌈N/min(size, cores)⌉, which is min(size, cores) when N is a multiple of it.
 */
export function threadpoolModelSpeedup(calls: number, poolSize: number, cores: number): number {
  return calls / Math.ceil(calls / threadpoolLanes(poolSize, cores));
}
