/**
 * The worker thread of the worker-pool strategy (loaded by piscina from dist/). Each thread has its
 * own undici Agent and runs the same executor as the main thread. `null` is a no-op, used to time
 * the pool's start-up without any task's own cost.
 */
import { createIoAgent } from '../workloads/io.js';
import { createExecutor, type TaskSpec } from '../workloads/task.js';

// Piscina runs one task at a time per thread here, so a few sockets are plenty.
const execute = createExecutor(createIoAgent(4));

export default async function runTask(task: TaskSpec | null): Promise<void> {
  if (task !== null) await execute(task);
}
