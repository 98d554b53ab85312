/**
 * The piscina worker of the CPU server: runs a fixed number of iterations of the calibrated loop.
 * The main thread calibrates once and sends iteration counts, so every thread does the same work.
 */
import { burnIterations } from './cpu-burn.js';

/** One task: how many loop iterations to run. */
export interface BurnTask {
  iterations: number;
}

/** What a task returns: the loop's checksum and the time it took on this thread. */
export interface BurnResult {
  checksum: number;
  actualMs: number;
}

// JIT warm-up at load, so a worker's first task runs the optimised loop like the rest.
burnIterations(2_000_000);

export default function burn(task: BurnTask): BurnResult {
  const start = performance.now();
  const checksum = burnIterations(task.iterations);
  return { checksum, actualMs: performance.now() - start };
}
