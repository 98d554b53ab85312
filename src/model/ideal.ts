/**
 * What a perfect machine would do: the ideal batch time of N tasks of d ms of I/O, c ms of CPU, or
 * both (a mixed task), under each strategy. Each strategy states its own formulas
 * (src/strategies/<name>.ts, `model`); this module looks them up. I/O waits overlap freely; CPU work
 * overlaps only across cores.
 */
import { type StrategyName, strategyDefinition } from '../strategies/registry.js';
import type { ModelInput, ModelWorkload } from '../strategies/strategy.js';

export interface Ideal {
  ms: number;
  /** The formula with its numbers, for the report: `ceil(N/k)*d = ceil(100/8)*20`. */
  formula: string;
}

export interface IdealInput extends ModelInput {
  workload: ModelWorkload;
  strategy: StrategyName;
}

export function idealTime(input: IdealInput): Ideal {
  const { workload, strategy, ...model } = input;
  return strategyDefinition(strategy).model[workload](model);
}
