/**
 * Hand-built results files for compare's tests: no bench run, no randomness. Samples are spelled out
 * or derived from a fixed list of relative offsets.
 */
import { asOneRun } from '../../src/model/runs.js';
import { computeStats } from '../../src/stats/summary.js';
import {
  type CompletedResult,
  type ErroredResult,
  RESULTS_KIND,
  type ResultsFile,
  type RunContext,
  SCHEMA_VERSION,
  type Suite,
} from '../../src/results/schema.js';

/** Ten fixed relative offsets (mean 0, spread about ±2%): "noise" without randomness. */
export const JITTER = [0, 0.012, -0.008, 0.02, -0.015, 0.005, -0.02, 0.01, -0.004, 0.016];

/** n samples around `center`, jittered by JITTER (cycled). */
export function around(center: number, n = 10): number[] {
  return Array.from({ length: n }, (_, i) => center * (1 + (JITTER[i % JITTER.length] as number)));
}

export function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    tool: { name: 'asyncbench', version: '0.1.0' },
    node: 'v20.20.2',
    v8: '11.3',
    os: { platform: 'linux', release: '6.1', arch: 'x64' },
    cpu: { model: 'Test CPU @ 2.0GHz', cores: 2, speedMHz: 2000 },
    memoryBytes: 4e9,
    git: { commit: '0123456789abcdef0123456789abcdef01234567', dirty: false },
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:01:00.000Z',
    preset: 'quick',
    options: {},
    ...overrides,
  };
}

/**
 * A time result (unit ms). `sequentialMedian` sets speedup = sequentialMedian / median (null: no
 * speedup); efficiency = ideal / median.
 */
export function timeResult(
  strategy: string,
  samples: number[],
  opts: { sequentialMedian?: number | null; ideal?: number; point?: Record<string, number>; workload?: 'io' | 'cpu' | 'mixed' } = {},
): CompletedResult {
  const stats = computeStats(samples);
  const ideal = opts.ideal ?? stats.median;
  const seq = opts.sequentialMedian === undefined ? null : opts.sequentialMedian;
  return asOneRun({
    workload: opts.workload ?? 'io',
    strategy,
    point: opts.point ?? {},
    params: {},
    state: 'completed',
    unit: 'ms',
    better: 'smaller',
    samples,
    stats,
    ideal,
    idealFormula: 'test',
    speedup: seq === null ? null : seq / stats.median,
    efficiency: ideal / stats.median,
    eventLoopDelay: null,
    taskErrors: 0,
  });
}

/** A load result (unit req/s, bigger is better); efficiency = median / ideal. */
export function throughputResult(strategy: string, samples: number[], ideal: number, connections = 10): CompletedResult {
  const stats = computeStats(samples);
  return asOneRun({
    workload: 'io',
    strategy,
    point: { connections },
    params: {},
    state: 'completed',
    unit: 'req/s',
    better: 'bigger',
    samples,
    stats,
    ideal,
    idealFormula: 'test',
    speedup: null,
    efficiency: stats.median / ideal,
    eventLoopDelay: null,
    taskErrors: 0,
  });
}

export function erroredResult(strategy: string, message: string): ErroredResult {
  return { workload: 'cpu', strategy, point: {}, params: {}, state: 'errored', error: { name: 'Error', message } };
}

export function suite(name: string, results: Suite['results']): Suite {
  return { name, title: name, state: 'completed', params: {}, startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1000, results };
}

export function resultsFile(suites: Suite[], ctx: Partial<RunContext> = {}): ResultsFile {
  return { schemaVersion: SCHEMA_VERSION, kind: RESULTS_KIND, status: 'completed', context: context(ctx), suites, claims: [] };
}

/**
 * An io suite: sequential ~ seqMs, concurrent ~ concMs, bounded ~ boundedMs (10 samples each),
 * with speedups against the sequential median and ideals 5000, 50 and 650 ms times `delayScale` (the
 * ideal follows the I/O delay: N·d, d, ceil(N/k)·d).
 */
export function ioSuite(seqMs: number, concMs: number, boundedMs: number, delayScale = 1): Suite {
  const seq = around(seqMs);
  const seqMedian = computeStats(seq).median;
  return suite('io', [
    timeResult('sequential', seq, { sequentialMedian: seqMedian, ideal: 5000 * delayScale }),
    timeResult('concurrent', around(concMs), { sequentialMedian: seqMedian, ideal: 50 * delayScale }),
    timeResult('bounded', around(boundedMs), { sequentialMedian: seqMedian, ideal: 650 * delayScale }),
  ]);
}
