/**
 * The one interface every execution strategy implements. A strategy runs a batch of tasks and
 * reports how many failed; a failing task is counted, never thrown, so a batch always completes.
 */
import type { Execute, TaskSpec } from '../workloads/task.js';

export const STRATEGY_NAMES = ['sequential', 'concurrent', 'bounded', 'worker-pool'] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export interface BatchOutcome {
  completed: number;
  failed: number;
  /** The first failure of the batch, if any. */
  firstError?: unknown;
}

export interface StrategyOptions {
  /** Runs one task on this thread (the in-thread strategies use it). */
  execute: Execute;
  /** bounded: tasks in flight at most. */
  concurrency: number;
  /** worker-pool: threads. */
  workers: number;
}

export interface Strategy {
  readonly name: string;
  /**
   * Makes the strategy ready to time: e.g. starts and warms a pool with one `sample` task per
   * thread. Returns the start-up cost in ms when there is one worth reporting.
   */
  prepare(sample: TaskSpec): Promise<{ startupMs?: number }>;
  /** Runs every task of the batch; resolves when all have settled. */
  runBatch(tasks: readonly TaskSpec[]): Promise<BatchOutcome>;
  /** Releases threads and sockets. Idempotent. */
  close(): Promise<void>;
}

/** Tallies settled promises into a BatchOutcome. */
export function outcomeOf(settled: readonly PromiseSettledResult<unknown>[]): BatchOutcome {
  let failed = 0;
  let firstError: unknown;
  for (const s of settled) {
    if (s.status === 'rejected') {
      if (failed === 0) firstError = s.reason;
      failed++;
    }
  }
  return { completed: settled.length - failed, failed, ...(failed > 0 ? { firstError } : {}) };
}
