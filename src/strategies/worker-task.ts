/**
 * The worker thread of the worker-pool strategy (loaded by piscina from dist/). `null` is a no-op,
 * used to time the pool's start-up without any task's own cost.
 *
 * It imports nothing at start: what a task needs is loaded on its first use (undici and an Agent
 * for I/O, the calibrated loop for CPU), so a thread answers its first no-op after loading piscina's
 * worker and this file only. That keeps pool start-up near bare piscina's (bench/pool-startup.ts
 * measures both side by side); the first real task of each thread, the warm-up, pays the imports.
 */
import type { Execute, TaskSpec } from '../workloads/task.js';

let executor: Promise<Execute> | undefined;

/** This thread's executor, made on first use with its own undici Agent. */
function getExecutor(): Promise<Execute> {
  executor ??= Promise.all([import('../workloads/io.js'), import('../workloads/task.js')]).then(([io, task]) =>
    // Piscina runs one task at a time per thread here, so a few sockets are plenty.
    task.createExecutor(io.createIoAgent(4)),
  );
  return executor;
}

export default async function runTask(task: TaskSpec | null): Promise<void> {
  if (task === null) return;
  const execute = await getExecutor();
  await execute(task);
}
