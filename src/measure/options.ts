/**
 * What a run is asked to do: the resolved options of `bench` (defaults applied, validated by
 * src/cli/bench-options.ts), which the runner hands to every suite.
 */
import type { StrategyName } from '../strategies/strategy.js';

export const PRESET_NAMES = ['quick', 'standard', 'thorough'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** The resolved options of `npm run bench` (defaults applied, validated). */
export interface BenchOptions {
  suites: string[];
  preset: PresetName;
  out: string | null;
  /** How many times the whole selection is measured (src/model/runs.ts merges them). @default 1 */
  runs: number;
  /** Overrides of the preset; null = the preset's value. */
  tasks: number | null;
  delayMs: number | null;
  cpuMs: number | null;
  workers: number;
  concurrency: number;
  strategies: StrategyName[];
  /** `--target`, repeatable: the user's endpoints, a batch cycling through them; null: the built-in I/O server. */
  target: string[] | null;
  allowRemote: boolean;
  /** `--method` for the target (null: GET, or POST with a body). */
  method: string | null;
  /** `--header` names only: their values are never recorded (they travel in ParsedBench's `request`). */
  headerNames: string[];
  /** `--body`'s size in bytes (its content is not recorded); null: no body. */
  bodyBytes: number | null;
  /** `--timeout` per call (ms); null: undici's own limits. */
  timeoutMs: number | null;
  /** The target sweep's cap on calls (`--max-requests`); null: its default (bench/target-sweep.ts). */
  maxRequests: number | null;
  /** The target sweep's cap on requests per second (`--max-rate`); null: its default. */
  maxRate: number | null;
  /** load suite: also run each target in the open model at this many requests/s; null = closed model only. */
  rate: number | null;
  /** `--label`: the testbed's human name (src/results/testbed.ts); null = the testbed key. */
  label: string | null;
  /** `--python`: the python suite's interpreter; null = the first python3 with httpx found (bench/python.ts). */
  python: string | null;
  /** `--pool-sizes`: the files suite's UV_THREADPOOL_SIZE values; null or absent = the preset's (bench/files.ts). */
  poolSizes?: number[] | null;
  /** Wait up to this many seconds for other processes to leave the cores before measuring; 0 starts at once. @default 30 */
  waitForIdleS: number;
}
