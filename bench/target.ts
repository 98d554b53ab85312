/**
 * `--target URL`: the I/O suite against the user's own endpoint. The model needs one call's
 * latency, measured here as the median of a few sequential calls after one warm-up call. The URL
 * itself is checked at the edge (validateTarget in src/cli/validate.ts).
 */
import { performance } from 'node:perf_hooks';
import { AsyncbenchError } from '../src/errors.js';
import type { SuiteContext, Target } from '../src/measure/suite.js';
import { createIoAgent, runIoTask } from '../src/workloads/io.js';

const PROBES = 5;

/**
 * Median latency of PROBES sequential calls to the target, in ms: the URLs in turn, as a batch
 * calls them, after one warm-up call to each.
 */
export async function measureTargetLatency(target: Target, ctx: Pick<SuiteContext, 'signal'>): Promise<number> {
  const agent = createIoAgent(1);
  let url = target.urls[0] ?? '';
  try {
    for (url of target.urls) await runIoTask(url, agent, target.request);
    const times: number[] = [];
    for (let i = 0; i < PROBES && !ctx.signal.aborted; i++) {
      url = target.urls[i % target.urls.length] ?? url;
      const start = performance.now();
      await runIoTask(url, agent, target.request);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  } catch (cause) {
    throw new AsyncbenchError('ASYNCBENCH_ERR_SUITE', `--target ${url}: ${(cause as Error).message}`, { cause });
  } finally {
    await agent.close();
  }
}
