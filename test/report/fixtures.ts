/**
 * Hand-built results files for the report tests: a complete standard run (8 cores, io/cpu/scaling),
 * and a broken one (cpu suite errored, scaling suite missing, one io result errored, interrupted).
 */
import { asOneRun } from '../../src/model/runs.js';
import { SCHEMA_VERSION } from '../../src/results/schema.js';
import { computeStats } from '../../src/stats/summary.js';
import type { Claim, CompletedResult, ErroredResult, ResultsFile, RunContext, Suite, Workload } from '../../src/results/schema.js';

export const CONTEXT: RunContext = {
  tool: { name: 'asyncbench', version: '0.1.0' },
  node: 'v20.20.2',
  v8: '11.3.244.8-node.33',
  os: { platform: 'linux', release: '6.8.0', arch: 'x64' },
  cpu: { model: 'Test CPU 3.00GHz', cores: 8, speedMHz: 3000 },
  memoryBytes: 16 * 1024 ** 3,
  git: { commit: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d', dirty: false },
  startedAt: '2025-01-31T14:02:03.000Z',
  finishedAt: '2025-01-31T14:05:10.000Z',
  preset: 'standard',
  options: { suites: ['io', 'cpu', 'scaling'] },
};

interface Spec {
  workload: Workload;
  strategy: string;
  point?: Record<string, number>;
  median: number;
  ideal: number;
  idealFormula: string;
  sequentialMedian: number;
  p99Delay?: number;
  poolStartupMs?: number;
}

/** A completed result whose samples sit around `median` (±3%), with the CI 2% below and 4% above. */
export function completed(spec: Spec): CompletedResult {
  const m = spec.median;
  const samples = [0.97, 0.98, 0.99, 1, 1, 1.01, 1.02, 1.03].map((f) => m * f);
  return asOneRun({
    state: 'completed',
    workload: spec.workload,
    strategy: spec.strategy,
    point: spec.point ?? {},
    params: {},
    unit: 'ms',
    better: 'smaller',
    samples,
    stats: {
      n: samples.length,
      mean: m,
      median: m,
      min: m * 0.97,
      max: m * 1.03,
      sd: m * 0.02,
      p75: m * 1.01,
      p99: m * 1.03,
      rme: 1.7,
      ci: { of: 'median', method: 'order-statistics', level: 0.96, low: m * 0.98, high: m * 1.04 },
    },
    ideal: spec.ideal,
    idealFormula: spec.idealFormula,
    speedup: spec.sequentialMedian / m,
    efficiency: spec.ideal / m,
    eventLoopDelay:
      spec.p99Delay === undefined ? null : { p50: spec.p99Delay / 2, p99: spec.p99Delay, max: spec.p99Delay * 1.2, mean: spec.p99Delay / 2 },
    taskErrors: 0,
    ...(spec.poolStartupMs !== undefined ? { poolStartupMs: spec.poolStartupMs } : {}),
  });
}

function errored(workload: Workload, strategy: string, message: string): ErroredResult {
  return { state: 'errored', workload, strategy, point: {}, params: {}, error: { name: 'Error', message, code: 'ECONNRESET' } };
}

const IO_SEQ = 5050;
const CPU_SEQ = 330;

function ioSuite(): Suite {
  return {
    name: 'io',
    title: 'I/O-bound: 100 requests of 50 ms',
    state: 'completed',
    params: { tasks: 100, delayMs: 50 },
    startedAt: '2025-01-31T14:02:04.000Z',
    durationMs: 60000,
    results: [
      completed({ workload: 'io', strategy: 'sequential', median: IO_SEQ, ideal: 5000, idealFormula: 'N*d = 100*50', sequentialMedian: IO_SEQ, p99Delay: 1.2 }),
      completed({ workload: 'io', strategy: 'concurrent', median: 60, ideal: 50, idealFormula: 'd = 50', sequentialMedian: IO_SEQ, p99Delay: 2.5 }),
      completed({ workload: 'io', strategy: 'bounded', median: 520, ideal: 500, idealFormula: 'ceil(N/k)*d = 10*50', sequentialMedian: IO_SEQ, p99Delay: 1.4 }),
      completed({ workload: 'io', strategy: 'worker-pool', median: 75, ideal: 50, idealFormula: 'd = 50', sequentialMedian: IO_SEQ, p99Delay: 1.3, poolStartupMs: 40 }),
    ],
  };
}

function cpuSuite(): Suite {
  return {
    name: 'cpu',
    title: 'CPU-bound: 16 tasks of 20 ms',
    state: 'completed',
    params: { tasks: 16, cpuMs: 20 },
    startedAt: '2025-01-31T14:03:04.000Z',
    durationMs: 30000,
    results: [
      completed({ workload: 'cpu', strategy: 'sequential', median: CPU_SEQ, ideal: 320, idealFormula: 'N*c = 16*20', sequentialMedian: CPU_SEQ, p99Delay: 330 }),
      completed({ workload: 'cpu', strategy: 'concurrent', median: 335, ideal: 320, idealFormula: 'N*c = 16*20', sequentialMedian: CPU_SEQ, p99Delay: 335 }),
      completed({ workload: 'cpu', strategy: 'bounded', median: 333, ideal: 320, idealFormula: 'N*c = 16*20', sequentialMedian: CPU_SEQ, p99Delay: 320 }),
      completed({ workload: 'cpu', strategy: 'worker-pool', median: 173.7, ideal: 40, idealFormula: 'N*c/min(W,cores) = 16*20/8', sequentialMedian: CPU_SEQ, p99Delay: 1.1, poolStartupMs: 45 }),
    ],
  };
}

function scalingSuite(): Suite {
  const results: CompletedResult[] = [];
  for (const n of [1, 10, 100, 1000]) {
    const seq = n * 50 + 2 * n;
    results.push(completed({ workload: 'io', strategy: 'sequential', point: { tasks: n }, median: seq, ideal: n * 50, idealFormula: `N*d = ${n}*50`, sequentialMedian: seq }));
    results.push(completed({ workload: 'io', strategy: 'concurrent', point: { tasks: n }, median: 50 + 2 + n * 0.05, ideal: 50, idealFormula: 'd = 50', sequentialMedian: seq }));
    const bounded = Math.ceil(n / 10) * 50;
    results.push(completed({ workload: 'io', strategy: 'bounded', point: { tasks: n }, median: bounded * 1.04, ideal: bounded, idealFormula: `ceil(N/k)*d = ${Math.ceil(n / 10)}*50`, sequentialMedian: seq }));
  }
  results.push(completed({ workload: 'cpu', strategy: 'sequential', median: 330, ideal: 320, idealFormula: 'N*c = 16*20', sequentialMedian: 330 }));
  for (const [w, m] of [[1, 335], [2, 170], [4, 90], [8, 52]] as const) {
    results.push(completed({ workload: 'cpu', strategy: 'worker-pool', point: { workers: w }, median: m, ideal: 320 / Math.min(w, 8), idealFormula: `N*c/min(W,cores) = 320/${Math.min(w, 8)}`, sequentialMedian: 330 }));
  }
  return {
    name: 'scaling',
    title: 'Scaling: tasks and workers',
    state: 'completed',
    params: { tasks: [1, 10, 100, 1000], workers: [1, 2, 4, 8] },
    startedAt: '2025-01-31T14:04:00.000Z',
    durationMs: 60000,
    results,
  };
}

const CLAIMS: Claim[] = [
  {
    id: 'io.concurrent-speedup',
    suite: 'io',
    statement: 'Concurrency speeds up I/O-bound work',
    rule: 'speedup >= 0.5 * ideal speedup',
    holds: true,
    evidence: 'concurrent 84× vs ideal 100×',
  },
  {
    id: 'cpu.concurrent-no-speedup',
    suite: 'cpu',
    statement: 'Concurrency alone does not speed up CPU-bound work',
    rule: 'speedup < 1.2',
    holds: true,
    evidence: 'concurrent 0.99×',
  },
  {
    id: 'cpu.pool-speedup',
    suite: 'cpu',
    statement: 'A worker pool speeds up CPU-bound work',
    rule: 'speedup >= 0.5 * min(W, cores)',
    holds: false,
    evidence: 'worker-pool 1.9× vs ideal 8×',
  },
];

/** A complete standard run. */
export function completeRun(): ResultsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'asyncbench-results',
    status: 'completed',
    context: structuredClone(CONTEXT),
    suites: [ioSuite(), cpuSuite(), scalingSuite()],
    claims: structuredClone(CLAIMS),
  };
}

/** An interrupted run: cpu suite errored with no results, scaling suite missing, io bounded errored. */
export function brokenRun(): ResultsFile {
  const io = ioSuite();
  io.results[2] = errored('io', 'bounded', 'socket hang up');
  const cpu: Suite = {
    ...cpuSuite(),
    state: 'errored',
    error: { name: 'AsyncbenchError', message: 'worker exited with code 1', code: 'ASYNCBENCH_ERR_WORKER' },
    results: [],
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'asyncbench-results',
    status: 'interrupted',
    context: { ...structuredClone(CONTEXT), git: null, finishedAt: null },
    suites: [io, cpu],
    claims: [
      structuredClone(CLAIMS[0] as Claim),
      { ...structuredClone(CLAIMS[2] as Claim), holds: null, evidence: 'cpu suite errored' },
    ],
  };
}

/**
 * The complete run with the scaling sweep as the standard preset records it: sequential at N = 100
 * and 1000 extrapolated (N × the one-call time of the whole batch at N = 10, not run), and each
 * measured I/O point's sockets in use and peak RSS.
 */
export function extrapolatedRun(): ResultsFile {
  const results = completeRun();
  const scaling = results.suites.find((s) => s.name === 'scaling') as Suite;
  const whole = scaling.results.find((r) => r.strategy === 'sequential' && r.point.tasks === 10) as CompletedResult;
  scaling.results = scaling.results.map((r) => {
    if (r.state !== 'completed' || r.workload !== 'io') return r;
    const n = r.point.tasks ?? 0;
    if (r.strategy === 'sequential' && n >= 100) {
      const samples = whole.samples.map((s) => (s * n) / 10);
      return asOneRun({
        ...r,
        samples,
        stats: computeStats(samples),
        eventLoopDelay: null,
        extrapolated: { from: 'one-call', calls: n, fromTasks: 10 },
      });
    }
    return asOneRun({ ...r, resources: { socketsInUsePeak: r.strategy === 'concurrent' ? n : r.strategy === 'bounded' ? Math.min(n, 10) : 1, rssPeakBytes: (90 + n / 20) * 2 ** 20 } });
  });
  return results;
}
