/**
 * A task is plain data, so the same task runs on the main thread and inside a worker thread:
 * the worker-pool strategy ships the description, not a closure.
 */
import type { Dispatcher } from 'undici';
import { runCpuTask } from './cpu.js';
import { type IoRequest, runIoTask } from './io.js';

export type TaskSpec =
  /** One HTTP call: a GET to the I/O server's `/delay?ms=d`, or the user's `--target` as `request` says. */
  | { kind: 'io'; url: string; request?: IoRequest }
  /** About `cpuMs` of CPU on the calling thread (calibrated loop). */
  | { kind: 'cpu'; cpuMs: number; itersPerMs: number }
  /** I/O then CPU: a request, then processing its answer. */
  | { kind: 'mixed'; url: string; cpuMs: number; itersPerMs: number };

/** Runs one task to completion; rejects when the task fails (e.g. a non-2xx answer). */
export type Execute = (task: TaskSpec) => Promise<void>;

/** An executor bound to an HTTP dispatcher (each thread has its own). */
export function createExecutor(dispatcher: Dispatcher): Execute {
  return async (task) => {
    switch (task.kind) {
      case 'io':
        return runIoTask(task.url, dispatcher, task.request);
      case 'cpu':
        return runCpuTask(task.cpuMs, task.itersPerMs);
      case 'mixed':
        await runIoTask(task.url, dispatcher);
        return runCpuTask(task.cpuMs, task.itersPerMs);
    }
  };
}
