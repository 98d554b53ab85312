/**
 * `--target URL`: the I/O suite against the user's own endpoint. The model needs one call's
 * latency, measured here as the median of a few sequential calls after one warm-up call.
 */
import { performance } from 'node:perf_hooks';
import { AsyncbenchError, InvalidOptionError } from '../src/errors.js';
import type { SuiteContext } from '../src/measure/suite.js';
import { createIoAgent, runIoTask } from '../src/workloads/io.js';

const PROBES = 5;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Checks a `--target` URL: http(s) only; a non-loopback host needs `--allow-remote`. */
export function validateTarget(raw: string, allowRemote: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidOptionError(`--target must be an http:// or https:// URL (got '${raw}')`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidOptionError(`--target must be an http:// or https:// URL (got '${raw}')`);
  }
  const host = url.hostname;
  const loopback = LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
  if (!loopback && !allowRemote) {
    throw new InvalidOptionError(
      `--target ${host} is not on this machine: add --allow-remote to send up to --tasks concurrent requests to it`,
    );
  }
  return url.href;
}

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
