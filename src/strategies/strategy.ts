/**
 * What every execution strategy is: one file exporting a `StrategyDefinition` (src/strategies/registry.ts
 * lists them). A definition makes the runnable `Strategy` and owns the strategy's model: its ideal
 * batch time for I/O, CPU and mixed work. `StrategyModel` requires all three, so a strategy without a
 * formula for one of them does not compile, and no workload falls through to another's formula.
 *
 * A strategy runs a batch of tasks and reports how many failed; a failing task is counted, never
 * thrown, so a batch always completes.
 */
import type { Ideal } from '../model/ideal.js';
import type { Execute, TaskSpec } from '../workloads/task.js';

export type { StrategyName } from './registry.js';

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
  /** worker-pool, offload: threads. */
  workers: number;
}

/**
 * What a strategy's model reads: N tasks of d ms of I/O and/or c ms of CPU (a mixed task waits d,
 * then computes c), k in flight for bounded, W threads for the pools, on `cores` cores.
 */
export interface ModelInput {
  /** N */
  tasks: number;
  /** d: one call's latency (ms); 0 for CPU work. */
  delayMs: number;
  /** c: one task's CPU time (ms); 0 for I/O work. */
  cpuMs: number;
  /** k */
  concurrency: number;
  /** W */
  workers: number;
  cores: number;
}

/** The kinds of work a strategy must model: every one of them, or it does not compile. */
export type ModelWorkload = 'io' | 'cpu' | 'mixed';

/** A strategy's ideal batch time for each kind of work: what a perfect machine would take. */
export type StrategyModel = { readonly [W in ModelWorkload]: (input: ModelInput) => Ideal };

export interface StrategyDefinition<N extends string = string> {
  readonly name: N;
  /** One line for `--help` and the docs: how the batch runs. */
  readonly summary: string;
  create(options: StrategyOptions): Strategy;
  readonly model: StrategyModel;
}

/** Declares a strategy, keeping its name's literal type (the registry derives `StrategyName` from it). */
export function defineStrategy<const N extends string>(definition: StrategyDefinition<N>): StrategyDefinition<N> {
  return definition;
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
