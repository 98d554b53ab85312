/** Hand-built load points for the load-claims and chart tests. */
import { asOneRun } from '../../src/model/runs.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { computeStats } from '../../src/stats/summary.js';

/** A closed-model point of `strategy` at C connections serving `rps` req/s with p50 latency `p50`. */
export function loadPoint(strategy: 'io' | 'cpu' | 'cpu-pool', connections: number, rps: number, p50: number, ideal: number): CompletedResult {
  const samples = [rps, rps];
  return asOneRun({
    state: 'completed',
    workload: strategy === 'io' ? 'io' : 'cpu',
    strategy,
    point: { connections },
    params: strategy === 'io' ? { connections, delayMs: 100 } : { connections, cpuMs: 2, threads: strategy === 'cpu' ? 1 : 2 },
    unit: 'req/s',
    better: 'bigger',
    samples,
    stats: computeStats(samples),
    ideal,
    idealFormula: 'hand-built',
    speedup: null,
    efficiency: rps / ideal,
    eventLoopDelay: null,
    taskErrors: 0,
    load: {
      model: 'closed',
      connections,
      rate: null,
      durationS: 2,
      requestsPerSecond: rps,
      latency: { p50, p90: p50 * 1.2, p99: p50 * 1.5, max: p50 * 2, mean: p50 },
      requests: rps * 2,
      errors: 0,
      timeouts: 0,
      non2xx: 0,
    },
  });
}
