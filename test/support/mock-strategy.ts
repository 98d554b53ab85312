/**
 * A mock strategy on a fake clock, for deterministic runner tests: it runs no task, it spends
 * `batchMs(n)` of virtual time per batch and fails the tasks `fails(batchIndex)` says.
 */
import type { FakeClock } from './fake-clock.js';
import type { BatchOutcome, Strategy } from '../../src/strategies/strategy.js';

export interface MockOptions {
  clock: FakeClock;
  /** Virtual ms one batch of `n` tasks takes. */
  batchMs: (n: number, batchIndex: number) => number;
  /** How many tasks of batch `batchIndex` fail. @default none */
  fails?: (batchIndex: number) => number;
  /** Throw from prepare() (a harness failure, e.g. a pool that cannot start). */
  prepareError?: Error;
  /** Throw from runBatch() on this batch (e.g. a crashed worker). */
  crashOnBatch?: number;
  name?: string;
  startupMs?: number;
}

export function createMockStrategy(options: MockOptions): Strategy & { batches: number; closed: boolean } {
  const mock = {
    name: options.name ?? 'mock',
    batches: 0,
    closed: false,
    async prepare() {
      if (options.prepareError) throw options.prepareError;
      return options.startupMs === undefined ? {} : { startupMs: options.startupMs };
    },
    async runBatch(tasks: readonly unknown[]): Promise<BatchOutcome> {
      const index = mock.batches++;
      if (index === options.crashOnBatch) throw new Error(`mock: batch ${index} crashed`);
      options.clock.advance(options.batchMs(tasks.length, index));
      const failed = Math.min(tasks.length, options.fails?.(index) ?? 0);
      return {
        completed: tasks.length - failed,
        failed,
        ...(failed > 0 ? { firstError: new Error(`mock: ${failed} failed in batch ${index}`) } : {}),
      };
    },
    async close() {
      mock.closed = true;
    },
  };
  return mock;
}
