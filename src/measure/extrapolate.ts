/**
 * A sequential batch too long to run whole, as a result: N calls made one after another take N
 * times one call, so its time is extrapolated from the measured one-call time (sequential at N = 1,
 * same run) instead of being run. Each sample is a one-call sample times N: the median is N times
 * the one-call median, and its interval N times that median's. The result says so in
 * `extrapolated`, the reports mark it, and compare leaves it out (it was not measured). Pure.
 */
import { asOneRun } from '../model/runs.js';
import type { Result } from '../results/schema.js';
import { computeStats } from '../stats/summary.js';
import { erroredResult } from './measure-result.js';
import type { MeasureSpec } from './suite.js';

/** What the extrapolated result is named and modelled by: a sequential spec at N = `calls`. */
export type ExtrapolationSpec = Pick<MeasureSpec, 'workload' | 'strategy' | 'point' | 'params' | 'ideal'>;

/**
 * The result of `spec` (N = `calls`) from `oneCall`, the measured result of one call. An errored
 * result when there is no completed one-call result to scale (it errored, or was not run).
 */
export function extrapolateFromOneCall(spec: ExtrapolationSpec, calls: number, oneCall: Result | undefined): Result {
  if (oneCall?.state !== 'completed') {
    const why = oneCall?.state === 'errored' ? `it errored: ${oneCall.error.message}` : 'it did not run';
    return erroredResult(spec, { name: 'ExtrapolationError', message: `no one-call time to extrapolate from (sequential at N = 1: ${why})` });
  }
  const samples = oneCall.samples.map((ms) => ms * calls);
  const stats = computeStats(samples);
  return asOneRun({
    workload: spec.workload,
    strategy: spec.strategy,
    point: spec.point,
    params: spec.params,
    state: 'completed',
    unit: 'ms',
    better: 'smaller',
    samples,
    stats,
    ideal: spec.ideal.ms,
    idealFormula: spec.ideal.formula,
    speedup: null,
    efficiency: stats.median > 0 ? spec.ideal.ms / stats.median : 0,
    // Nothing ran: no event loop was watched, no other process was timed against it.
    eventLoopDelay: null,
    // The calls it is made of are the one-call result's: their failures are its failures.
    taskErrors: oneCall.taskErrors,
    ...(oneCall.firstTaskError ? { firstTaskError: oneCall.firstTaskError } : {}),
    extrapolated: { from: 'one-call', calls },
  });
}
