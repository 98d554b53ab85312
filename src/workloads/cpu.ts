/**
 * The CPU task: about `cpuMs` of CPU on the calling thread, with the CPU server's calibrated,
 * allocation-free integer loop (servers/cpu-burn.ts: one loop for both, so the client's task and
 * the server's work are the same kind of CPU).
 */
import { burnFor, calibrate } from '../../servers/cpu-burn.js';

/** Iterations of the loop per ms on this thread, measured now: the best of `rounds` 20 ms rounds. */
export function calibrateCpu(rounds?: number): number {
  return calibrate(20, rounds);
}

/**
 * Burns the CPU synchronously. It is `async` only to fit the executor's signature: the work itself
 * never yields, which is exactly why concurrency cannot speed it up.
 */
export async function runCpuTask(cpuMs: number, itersPerMs: number): Promise<void> {
  burnFor(cpuMs, itersPerMs);
}
