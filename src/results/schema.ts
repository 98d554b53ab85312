/**
 * results.json: the source of truth of a run. Everything downstream (summary.md, index.html, PNG
 * charts, compare) reads only this. Documented field by field in docs/results-schema.md.
 *
 * Versioning: `schemaVersion` changes when a field is removed or changes meaning; adding an optional
 * field does not change it.
 */

import type { Stats } from '../stats/summary.js';

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = 1;

/** The `kind` every results file carries, so a stray JSON file is told apart from a results file. */
export const RESULTS_KIND = 'asyncbench-results';

export interface RunContext {
  tool: { name: 'asyncbench'; version: string };
  /** `process.version`, e.g. `v20.20.2`. */
  node: string;
  v8: string;
  os: { platform: string; release: string; arch: string };
  /** `cores` is `os.availableParallelism()`: what a worker pool can use. */
  cpu: { model: string; cores: number; speedMHz: number | null };
  memoryBytes: number;
  /** Null outside a git checkout. */
  git: { commit: string; dirty: boolean } | null;
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string | null;
  preset: string;
  /** The resolved options of the run (defaults applied). */
  options: Record<string, unknown>;
}

/** Event-loop delay of the main thread while a strategy's batches ran, in ms. */
export interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Load-test figures of one autocannon point (load suite). */
export interface LoadFigures {
  /** 'closed': N connections each waiting for its answer; 'open': a fixed arrival rate. */
  model: 'closed' | 'open';
  connections: number;
  rate: number | null;
  durationS: number;
  requestsPerSecond: number;
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export type Workload = 'io' | 'cpu' | 'mixed';

interface ResultBase {
  /** What ran: `io`, `cpu`, or `mixed` (the load suite uses `io`/`cpu` for the target server). */
  workload: Workload;
  /** Strategy name (`sequential`, `concurrent`, `bounded`, `worker-pool`) or load target. */
  strategy: string;
  /** The sweep point: e.g. `{ tasks: 100 }`, `{ workers: 4 }`, `{ connections: 10 }`; `{}` when none. */
  point: Record<string, number>;
  /** Effective parameters of this result (tasks, delayMs, cpuMs, concurrency, workers, ...). */
  params: Record<string, number | string>;
}

export interface CompletedResult extends ResultBase {
  state: 'completed';
  /** Unit of `samples` and of the time stats: `ms` (batch time) or `req/s` (load throughput). */
  unit: 'ms' | 'req/s';
  /** Whether smaller or bigger samples are better. */
  better: 'smaller' | 'bigger';
  /** Raw samples: one per batch (ms) or per second of load (req/s). */
  samples: number[];
  stats: Stats;
  /** What a perfect machine would do, in `unit` (see src/model). */
  ideal: number;
  /** How the ideal was computed, e.g. `ceil(N/k)*d = 13*50`. */
  idealFormula: string;
  /** Sequential median / this median at the same point and workload; null where not defined. */
  speedup: number | null;
  /** Ideal / measured (time), or measured / ideal (throughput); 1 is perfect. */
  efficiency: number;
  eventLoopDelay: EventLoopDelay | null;
  /**
   * Cores that other processes (the servers' process included) kept busy while the timed batches
   * ran. A multi-threaded result measured next to a busy neighbour is understated.
   */
  otherCpu?: number;
  /** Tasks that failed across all samples (their batches still counted). */
  taskErrors: number;
  /** First task error seen, if any, for the report. */
  firstTaskError?: { name: string; message: string; code?: string };
  /** worker-pool: time to create and warm the pool, measured outside the timed batches (ms). */
  poolStartupMs?: number;
  /** load suite only. */
  load?: LoadFigures;
}

export interface ErroredResult extends ResultBase {
  state: 'errored';
  error: { name: string; message: string; code?: string };
}

export type Result = CompletedResult | ErroredResult;

export interface Claim {
  /** Stable id, e.g. `io.concurrent-speedup`. */
  id: string;
  /** The suite whose data decides it. */
  suite: string;
  /** The claim in plain words. */
  statement: string;
  /** The rule it is decided by, e.g. `speedup >= 0.5 * ideal speedup`. */
  rule: string;
  /** True / false; null when the data to decide it is missing (suite errored or skipped). */
  holds: boolean | null;
  /** The measured figures behind the verdict. */
  evidence: string;
}

export interface Suite {
  name: string;
  title: string;
  state: 'completed' | 'errored' | 'interrupted';
  error?: { name: string; message: string; code?: string };
  /** Suite parameters (tasks, delayMs, cpuMs, sweeps...). */
  params: Record<string, unknown>;
  startedAt: string;
  durationMs: number;
  results: Result[];
}

export interface ResultsFile {
  schemaVersion: typeof SCHEMA_VERSION;
  kind: typeof RESULTS_KIND;
  /** `running` while suites remain; `interrupted` after Ctrl-C; `completed` at the end. */
  status: 'running' | 'completed' | 'interrupted';
  context: RunContext;
  suites: Suite[];
  claims: Claim[];
}

/** The key naming one result across runs: `suite/workload/strategy[/k=v,...]`. */
export function resultKey(suite: string, result: Pick<Result, 'workload' | 'strategy' | 'point'>): string {
  const point = Object.entries(result.point)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${suite}/${result.workload}/${result.strategy}${point ? `/${point}` : ''}`;
}
