/**
 * `--target URL`: the I/O suite against the user's own endpoint. The model needs one call's
 * latency, measured here as the median of a few sequential calls after one warm-up call. The URL
 * itself is checked at the edge (validateTarget in src/cli/validate.ts).
 */
import { performance } from 'node:perf_hooks';
import { AsyncbenchError } from '../src/errors.js';
import type { SuiteContext } from '../src/measure/suite.js';
import { createIoAgent, runIoTask } from '../src/workloads/io.js';

const PROBES = 5;

/** Median latency of PROBES sequential calls to `target`, in ms. */
export async function measureTargetLatency(target: string, ctx: Pick<SuiteContext, 'signal'>): Promise<number> {
  const agent = createIoAgent(1);
  try {
    await runIoTask(target, agent);
    const times: number[] = [];
    for (let i = 0; i < PROBES && !ctx.signal.aborted; i++) {
      const start = performance.now();
      await runIoTask(target, agent);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  } catch (cause) {
    throw new AsyncbenchError('ASYNCBENCH_ERR_SUITE', `--target ${target}: ${(cause as Error).message}`, { cause });
  } finally {
    await agent.close();
  }
}
