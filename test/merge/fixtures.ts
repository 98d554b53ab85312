/**
 * Hand-built runs for merge's tests: two machines, a 1-core one (taskset on a 2-core host, Node 20)
 * and a 2-core one (Node 24), with io and cpu suites and claims whose verdicts agree on one claim and
 * differ on three (✔/✘, ✔/not decided, absent/✔). No bench run, no randomness.
 */
import type { Claim, CompletedResult, ResultsFile, RunContext } from '../../src/results/schema.js';
import { around, context, resultsFile, suite, timeResult } from '../compare/fixtures.js';

/** What tells one hand-built machine from another. */
export interface MachineSpec {
  label: string;
  cores: number;
  hostCores?: number;
  node: string;
  startedAt: string;
  /** The worker-pool speedup in the cpu suite (sequential 80 ms); W = `workers`. */
  poolSpeedup: number;
  workers: number;
  /** The concurrent speedup in the io suite (sequential 400 ms, 20 calls of 20 ms: ideal 20×). */
  ioSpeedup: number;
  claims: Claim[];
}

/** A result whose every sample is `median` exactly, so its speedup is the one asked for. */
function exact(strategy: string, median: number, sequentialMedian: number, ideal: number, workload: 'io' | 'cpu'): CompletedResult {
  return timeResult(strategy, around(median, 1), { sequentialMedian, ideal, workload });
}

/** The run of one machine: io (sequential, concurrent) and cpu (sequential, worker-pool) suites. */
export function machineRun(spec: MachineSpec): ResultsFile {
  const ctx: Partial<RunContext> = {
    node: spec.node,
    startedAt: spec.startedAt,
    cpu: { model: 'Test CPU @ 2.0GHz', cores: spec.cores, speedMHz: 2000, ...(spec.hostCores !== undefined ? { hostCores: spec.hostCores } : {}) },
  };
  const c = context(ctx);
  const testbed = { key: `linux-x64-test-${spec.cores}c-node${spec.node.slice(1, 3)}`, label: spec.label };
  const pool = { ...exact('worker-pool', 80 / spec.poolSpeedup, 80, 80 / Math.min(spec.workers, spec.cores), 'cpu'), params: { workers: spec.workers } };
  const run = resultsFile(
    [
      suite('io', [exact('sequential', 400, 400, 400, 'io'), exact('concurrent', 400 / spec.ioSpeedup, 400, 20, 'io')]),
      suite('cpu', [exact('sequential', 80, 80, 80, 'cpu'), pool]),
    ],
    { ...c, testbed },
  );
  return { ...run, claims: structuredClone(spec.claims) };
}

const claim = (id: string, statement: string, holds: boolean | null, evidence: string, judgedAgainst?: Claim['judgedAgainst']): Claim => ({
  id,
  suite: id.split('.')[0] as string,
  statement,
  rule: 'test rule',
  holds,
  evidence,
  ...(judgedAgainst ? { judgedAgainst } : {}),
});

const nominal = (cores: number): Claim['judgedAgainst'] => ({ basis: 'nominal', cores, nominalCores: cores, otherCpu: 0.05 });

/** A 1-core machine (taskset -c 0 on a 2-core host), Node 20: every claim holds. */
export const ONE_CORE: MachineSpec = {
  label: 'linux-1c',
  cores: 1,
  hostCores: 2,
  node: 'v20.20.2',
  startedAt: '2025-01-01T00:00:00.000Z',
  poolSpeedup: 0.98,
  workers: 1,
  ioSpeedup: 18,
  claims: [
    claim('io.concurrent-speedup', 'Concurrency speeds up I/O-bound work', true, '20 calls: 18x (ideal 20x)'),
    claim('cpu.pool-speedup', 'A worker pool speeds up CPU-bound work', true, 'W = 1 threads on 1 cores: 0.98x (ideal 1x)', nominal(1)),
    claim('cpu.event-loop-blocked', 'CPU work on the main thread blocks the event loop', true, 'p99 89.9 ms concurrent, 2.15 ms worker-pool'),
  ],
};

/** A 2-core machine, Node 24: the pool falls short, the event-loop claim undecided, one claim more. */
export const TWO_CORES: MachineSpec = {
  label: 'linux-2c',
  cores: 2,
  hostCores: 2,
  node: 'v24.11.1',
  startedAt: '2025-01-01T01:00:00.000Z',
  poolSpeedup: 0.9,
  workers: 2,
  ioSpeedup: 18.2,
  claims: [
    claim('io.concurrent-speedup', 'Concurrency speeds up I/O-bound work', true, '20 calls: 18.2x (ideal 20x)'),
    claim('cpu.pool-speedup', 'A worker pool speeds up CPU-bound work', false, 'W = 2 threads on 2 cores: 0.9x (ideal 2x)', nominal(2)),
    claim('cpu.event-loop-blocked', 'CPU work on the main thread blocks the event loop', null, 'cpu suite errored'),
    claim('threadpool.parallel', "Node's async calls run in parallel on libuv's pool", true, 'async-all 1.9x at size 2'),
  ],
};

/** The two machines' runs, as inputs of merge(). */
export function twoMachines(): Array<{ source: string; results: ResultsFile }> {
  return [
    { source: 'one/results.json', results: machineRun(ONE_CORE) },
    { source: 'two/results.json', results: machineRun(TWO_CORES) },
  ];
}
