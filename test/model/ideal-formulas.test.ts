import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IdealInput, idealTime } from '../../src/model/ideal.js';

const base: IdealInput = {
  workload: 'io',
  strategy: 'sequential',
  tasks: 100,
  delayMs: 20,
  cpuMs: 10,
  concurrency: 8,
  workers: 4,
  cores: 2,
};

const cases: Array<[Partial<IdealInput>, number]> = [
  [{ workload: 'io', strategy: 'sequential' }, 2000],
  [{ workload: 'io', strategy: 'concurrent' }, 20],
  [{ workload: 'io', strategy: 'bounded' }, 13 * 20],
  [{ workload: 'io', strategy: 'worker-pool' }, 25 * 20],
  [{ workload: 'cpu', strategy: 'sequential' }, 1000],
  [{ workload: 'cpu', strategy: 'concurrent' }, 1000],
  [{ workload: 'cpu', strategy: 'bounded' }, 1000],
  // W = 4 threads on 2 cores: only 2 run at once.
  [{ workload: 'cpu', strategy: 'worker-pool' }, 50 * 10],
  [{ workload: 'cpu', strategy: 'worker-pool', workers: 1 }, 1000],
  [{ workload: 'cpu', strategy: 'worker-pool', tasks: 7, workers: 2 }, 4 * 10],
  // offload: I/O like concurrent, CPU like worker-pool.
  [{ workload: 'io', strategy: 'offload' }, 20],
  [{ workload: 'cpu', strategy: 'offload' }, 50 * 10],
  [{ workload: 'cpu', strategy: 'offload', tasks: 7, workers: 2 }, 4 * 10],
  // Mixed: d = 20, c = 10, N = 100, k = 8, W = 4 on 2 cores.
  [{ workload: 'mixed', strategy: 'sequential' }, 100 * 30],
  [{ workload: 'mixed', strategy: 'concurrent' }, 100 * 10 + 20],
  [{ workload: 'mixed', strategy: 'bounded' }, Math.max(13 * 20 + 10, 100 * 10 + 20)],
  // W = 4 > 2 cores: ceil(N/W)*(c+d) = 25*30 = 750 still beats the cores bound N*c/cores = 500...
  [{ workload: 'mixed', strategy: 'worker-pool' }, 25 * 30],
  // ...which wins once the waits are short: ceil(100/4)*(10+1) = 275 < 1000/2.
  [{ workload: 'mixed', strategy: 'worker-pool', delayMs: 1 }, (100 * 10) / 2],
  [{ workload: 'mixed', strategy: 'worker-pool', workers: 2 }, 50 * 30],
  [{ workload: 'mixed', strategy: 'offload', workers: 2 }, 20 + 50 * 10],
  // W = 4 > 2 cores: d + N*c/cores = 20 + 500, not d + ceil(N/W)*c = 20 + 250.
  [{ workload: 'mixed', strategy: 'offload' }, 20 + 500],
];

for (const [change, expected] of cases) {
  test(`ideal ${change.workload}/${change.strategy} ${JSON.stringify(change)} = ${expected} ms`, () => {
    const ideal = idealTime({ ...base, ...change });
    assert.equal(ideal.ms, expected);
    assert.ok(ideal.formula.length > 0);
  });
}
