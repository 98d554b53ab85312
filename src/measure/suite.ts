/**
 * What a suite is (bench/ holds one per file) and what the runner hands it. A suite describes what
 * to measure and hands it to `ctx.measure` (a batch) or `ctx.measureLoad` (a load point); the runner
 * measures, records and reports progress, so whatever a suite finished before an error or Ctrl-C is
 * kept. `ctx.record` takes a result that was never measured (e.g. errored before it could start).
 */
import type { Ideal } from '../model/ideal.js';
import type { IdealThroughput } from '../model/littles-law.js';
import type { BenchOptions, PresetName } from './options.js';
import type { Claim, Result, RunContext, Suite, Workload } from '../results/schema.js';
import type { StrategyName } from '../strategies/strategy.js';
import type { IoRequest } from '../workloads/io.js';
import type { TaskSpec } from '../workloads/task.js';

/** The user's endpoints (`--target`, repeatable) and how to call them; the request is never recorded. */
export interface Target {
  urls: string[];
  request: IoRequest;
}

/** How long to sample one strategy: until `timeMs` is spent and `minSamples` are taken. */
export interface Budget {
  timeMs: number;
  minSamples: number;
}

export interface MeasureSpec {
  workload: Workload;
  strategy: StrategyName;
  point: Record<string, number>;
  params: Record<string, number | string>;
  tasks: TaskSpec[];
  warmup: TaskSpec[];
  budget: Budget;
  ideal: Ideal;
  concurrency: number;
  workers: number;
  /** Also record the client's peak sockets in use and peak RSS (src/measure/resources.ts). @default false */
  resources?: boolean;
}

/** One load point: autocannon against `url` for a warm-up plus whole seconds (src/measure/autocannon.ts). */
export interface LoadSpec {
  workload: Workload;
  /** The target server: `io`, `cpu` or `cpu-pool`. */
  strategy: string;
  point: Record<string, number>;
  params: Record<string, number | string>;
  url: string;
  connections: number;
  /** Open model: requests per second over all connections; null = closed model. */
  rate: number | null;
  /** Seconds of load before the measured window (dropped). */
  warmupS: number;
  /** Whole seconds measured: one sample each. */
  durationS: number;
  /** Little's law at this point (src/model/littles-law.ts). */
  ideal: IdealThroughput;
}

export type ProgressEvent =
  | { type: 'suite-start'; suite: string; title: string; index: number; total: number; run?: number; runs?: number }
  | { type: 'measure-start'; suite: string; label: string }
  | { type: 'sample'; suite: string; label: string; index: number; ms: number }
  | { type: 'measure-end'; suite: string; label: string; result: Result }
  | { type: 'suite-end'; suite: string; state: Suite['state']; durationMs: number }
  | { type: 'note'; message: string }
  /** Something the reader must see even under --quiet, e.g. a sweep point skipped. */
  | { type: 'warning'; message: string };

export interface SuiteContext {
  preset: PresetName;
  options: BenchOptions;
  cores: number;
  /** Calibrated iterations of the CPU loop per ms on the main thread. */
  itersPerMs: number;
  /** Base URLs: the I/O server (or `--target`) and the CPU server. */
  servers: { ioUrl: string; cpuUrl: string; target: Target | null };
  signal: AbortSignal;
  /**
   * The open-file limit (`ulimit -n`, read once: src/measure/open-files.ts); a point that needs more
   * sockets is skipped with a warning. Infinity: unlimited; null or absent: unknown, nothing skipped.
   */
  openFileLimit?: number | null;
  /** Measures one strategy on one batch, records the result and returns it. */
  measure(spec: MeasureSpec): Promise<Result>;
  /**
   * Runs one load point, records the result and returns it; undefined when Ctrl-C cut it off (a
   * partial window is not a measurement, so nothing is recorded).
   */
  measureLoad(spec: LoadSpec): Promise<Result | undefined>;
  /** Records a result that was not measured (e.g. a point whose server did not start). */
  record(result: Result): void;
  /**
   * Counts a process the suite started (a server of its own) as asyncbench's, not as another
   * process, in the free-capacity figures (src/measure/capacity.ts); the returned function stops it.
   * Absent: nothing to tell.
   */
  adoptProcess?(pid: number): () => void;
  emit(event: ProgressEvent): void;
}

export interface SuiteDefinition {
  name: string;
  title: string;
  /** The suite's parameters for results.json, from the preset and options. */
  params(ctx: Pick<SuiteContext, 'preset' | 'options' | 'cores' | 'openFileLimit'>): Record<string, unknown>;
  /**
   * The most I/O calls this suite puts in flight at once, so the bench sizes its HTTP client's
   * sockets to match. Absent: a few (the client's default room is enough).
   */
  maxInFlight?(ctx: Pick<SuiteContext, 'preset' | 'options'>): number;
  run(ctx: SuiteContext): Promise<void>;
  /** Claims this suite decides, from its recorded results. */
  claims(suite: Suite, context: RunContext): Claim[];
}

/** A label for progress and tables: `concurrent`, `concurrent N=100`, `worker-pool W=4`. */
export function labelOf(strategy: string, point: Record<string, number>): string {
  const names: Record<string, string> = { tasks: 'N', workers: 'W', connections: 'C', cpuShare: 'f' };
  const parts = Object.entries(point).map(([k, v]) => `${names[k] ?? k}=${v}`);
  return [strategy, ...parts].join(' ');
}
