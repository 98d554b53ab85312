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
];

for (const [change, expected] of cases) {
  test(`ideal ${change.workload}/${change.strategy} ${JSON.stringify(change)} = ${expected} ms`, () => {
    const ideal = idealTime({ ...base, ...change });
    assert.equal(ideal.ms, expected);
    assert.ok(ideal.formula.length > 0);
  });
}
