/**
 * What a suite is (bench/ holds one per file) and what the runner hands it. A suite measures
 * through `ctx.measure` (or records ready-made results with `ctx.record`), so whatever it finished
 * before an error or Ctrl-C is kept.
 */
import type { Ideal } from '../model/ideal.js';
import type { BenchOptions, PresetName } from './options.js';
import type { Claim, Result, RunContext, Suite, Workload } from '../results/schema.js';
import type { StrategyName } from '../strategies/strategy.js';
import type { TaskSpec } from '../workloads/task.js';

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
}

export type ProgressEvent =
  | { type: 'suite-start'; suite: string; title: string; index: number; total: number }
  | { type: 'measure-start'; suite: string; label: string }
  | { type: 'sample'; suite: string; label: string; index: number; ms: number }
  | { type: 'measure-end'; suite: string; label: string; result: Result }
  | { type: 'suite-end'; suite: string; state: Suite['state']; durationMs: number }
  | { type: 'note'; message: string };

export interface SuiteContext {
  preset: PresetName;
  options: BenchOptions;
  cores: number;
  /** Calibrated iterations of the CPU loop per ms on the main thread. */
  itersPerMs: number;
  /** Base URLs: the I/O server (or `--target`) and the CPU server. */
  servers: { ioUrl: string; cpuUrl: string; target: string | null };
  signal: AbortSignal;
  /** Measures one strategy on one batch, records the result and returns it. */
  measure(spec: MeasureSpec): Promise<Result>;
  /** Records a result measured some other way (e.g. a load run). */
  record(result: Result): void;
  emit(event: ProgressEvent): void;
}

export interface SuiteDefinition {
  name: string;
  title: string;
  /** The suite's parameters for results.json, from the preset and options. */
  params(ctx: Pick<SuiteContext, 'preset' | 'options' | 'cores'>): Record<string, unknown>;
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
