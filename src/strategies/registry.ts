/** Strategies by name: the CLI's `--strategies` and the suites pick from here. */
import { createBounded } from './bounded.js';
import { createConcurrent } from './concurrent.js';
import { createSequential } from './sequential.js';
import type { Strategy, StrategyName, StrategyOptions } from './strategy.js';
import { createWorkerPool } from './worker-pool.js';

export const STRATEGIES: Record<StrategyName, (options: StrategyOptions) => Strategy> = {
  sequential: createSequential,
  concurrent: createConcurrent,
  bounded: createBounded,
  'worker-pool': createWorkerPool,
};

export function createStrategy(name: StrategyName, options: StrategyOptions): Strategy {
  return STRATEGIES[name](options);
}
