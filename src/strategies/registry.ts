/**
 * Every strategy, in the order the suites and reports show them: the CLI's `--strategies` and the
 * suites pick from here. Adding a strategy is one file exporting a `defineStrategy(...)` (which must
 * state its I/O, CPU and mixed model) and one line in STRATEGY_DEFINITIONS.
 */
import { bounded } from './bounded.js';
import { concurrent } from './concurrent.js';
import { offload } from './offload.js';
import { sequential } from './sequential.js';
import type { Strategy, StrategyDefinition, StrategyOptions } from './strategy.js';
import { workerPool } from './worker-pool.js';

export const STRATEGY_DEFINITIONS = [sequential, concurrent, bounded, workerPool, offload] as const;

export type StrategyName = (typeof STRATEGY_DEFINITIONS)[number]['name'];

export const STRATEGY_NAMES: readonly StrategyName[] = STRATEGY_DEFINITIONS.map((d) => d.name);

/** Whether a recorded strategy name (a result's `strategy`) is one of the registry's. */
export function isStrategyName(name: string): name is StrategyName {
  return (STRATEGY_NAMES as readonly string[]).includes(name);
}

export function strategyDefinition(name: StrategyName): StrategyDefinition<StrategyName> {
  const found = STRATEGY_DEFINITIONS.find((d) => d.name === name);
  // StrategyName comes from this list, so only a cast from outside can miss.
  if (!found) throw new TypeError(`unknown strategy ${String(name)}`);
  return found;
}

export function createStrategy(name: StrategyName, options: StrategyOptions): Strategy {
  return strategyDefinition(name).create(options);
}
