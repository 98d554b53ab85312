/**
 * The piscina worker of the CPU server: runs a fixed number of iterations of the calibrated loop.
 * The main thread calibrates once and sends iteration counts, so every thread does the same work.
 */
import { burnIterations } from './cpu-burn.js';

/** One task: how many loop iterations to run. */
export interface BurnTask {
  iterations: number;
}

/** What a task returns: the loop's checksum, the time it took on this thread, and when it ran. */
export interface BurnResult {
  checksum: number;
  actualMs: number;
  /** Epoch ms (fractional) when the loop started and ended: comparable across threads. */
  startedAt: number;
  endedAt: number;
}

// JIT warm-up at load, so a worker's first task runs the optimised loop like the rest.
burnIterations(2_000_000);

export default function burn(task: BurnTask): BurnResult {
  const start = performance.now();
  const checksum = burnIterations(task.iterations);
  const end = performance.now();
  return { checksum, actualMs: end - start, startedAt: performance.timeOrigin + start, endedAt: performance.timeOrigin + end };
}
