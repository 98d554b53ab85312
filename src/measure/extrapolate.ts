/**
 * A sequential batch too long to run whole, as a result: N calls made one after another take N
 * times one call, so its time is extrapolated from the measured one-call time instead of being run.
 * The one-call time comes from the largest sequential batch that was run whole in the same run (M
 * calls): each sample is one of its samples × N / M, so the median is N times its per-call median.
 * Why not N = 1 alone: a call in a long run of calls is quicker than a lone one (6.4 ms alone, 5.6 ms
 * in a batch of 1000 at d = 5 ms on the 2-core machine), so the largest whole batch predicts a longer
 * one better. The result says so in `extrapolated`, the reports mark it, and compare leaves it out
 * (it was not measured). Pure.
 */
import type { Result } from '../results/schema.js';
import { erroredResult } from './measure-result.js';
import { sampledResult } from './sampled-result.js';
import type { MeasureSpec } from './suite.js';

/** What the extrapolated result is named and modelled by: a sequential spec at N = `calls`. */
export type ExtrapolationSpec = Pick<MeasureSpec, 'workload' | 'strategy' | 'point' | 'params' | 'ideal'>;

/**
 * The result of `spec` (N = `calls`) from `source`, the completed result of a sequential batch of
 * `source.point.tasks` calls. An errored result when there is none to scale (every sequential batch
 * errored, or none ran).
 */
export function extrapolateFromOneCall(spec: ExtrapolationSpec, calls: number, source: Result | undefined): Result {
  const fromTasks = source?.point.tasks;
  if (source?.state !== 'completed' || fromTasks === undefined || !(fromTasks >= 1)) {
    const why = source?.state === 'errored' ? `it errored: ${source.error.message}` : 'none ran';
    return erroredResult(spec, { name: 'ExtrapolationError', message: `no one-call time to extrapolate from (a whole sequential batch: ${why})` });
  }
  const samples = source.samples.map((ms) => (ms * calls) / fromTasks);
  // Nothing ran: no event loop was watched, no other process was timed against it. The calls it is
  // scaled from are the source's: their failures are its failures.
  return {
    ...sampledResult(spec, { samples, eventLoopDelay: null, taskErrors: source.taskErrors }, spec.ideal),
    ...(source.firstTaskError ? { firstTaskError: source.firstTaskError } : {}),
    extrapolated: { from: 'one-call', calls, fromTasks },
  };
}
