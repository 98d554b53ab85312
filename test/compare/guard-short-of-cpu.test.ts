// The guard covers what contention moves: on a busy machine a result whose threads waited for a core
// (a pool, an I/O batch with many calls in flight) is inconclusive; one whose threads did not (a
// single thread beside the neighbour) stays gated, I/O or CPU alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import type { Capacity, CompletedResult } from '../../src/results/schema.js';
import { around, resultsFile, suite, timeResult } from './fixtures.js';

const capacity = (otherCpu: number, waitingThreads: number | null): Capacity => ({
  cores: 2,
  otherCpu,
  otherCpuLow: otherCpu,
  otherCpuHigh: otherCpu,
  freeCores: 2 - otherCpu,
  ownCpu: 1,
  waitingThreads,
  windowMs: 600,
});

function run(workload: 'io' | 'cpu', concurrentMs: number, measured?: Capacity) {
  const seq = timeResult('sequential', around(200), { sequentialMedian: 200, ideal: 200, workload });
  const con = timeResult('concurrent', around(concurrentMs), { sequentialMedian: 200, ideal: 10, workload }) as CompletedResult;
  if (measured) {
    con.otherCpu = measured.otherCpu;
    con.capacity = measured;
    for (const p of con.runs) {
      p.otherCpu = measured.otherCpu;
      p.capacity = measured;
    }
  }
  return resultsFile([suite(workload, [seq, con])], { cpu: { model: 'Test CPU', cores: 2, speedMHz: null } });
}

const speedup = (c: ReturnType<typeof compare>) => c.metrics.find((m) => m.metric === 'speedup' && m.strategy === 'concurrent');

for (const workload of ['io', 'cpu'] as const) {
  test(`${workload}: busy and its threads waited for a core -> inconclusive, not regressed`, () => {
    const c = compare(run(workload, 40), run(workload, 60, capacity(1, 0.6)));
    assert.equal(speedup(c)?.verdict, 'inconclusive');
    assert.match(speedup(c)?.note ?? '', /short of CPU beside other processes/);
    assert.equal(c.failed, false);
  });

  test(`${workload}: busy but its threads never waited -> still gated: the regression fails`, () => {
    const c = compare(run(workload, 40), run(workload, 60, capacity(1, 0.02)));
    assert.equal(speedup(c)?.verdict, 'regressed');
    assert.equal(c.failed, true);
  });
}

test('a quiet machine whose own threads queue (a pool wider than the cores) is not crowded', () => {
  const c = compare(run('cpu', 40), run('cpu', 60, capacity(0.1, 2)));
  assert.equal(speedup(c)?.verdict, 'regressed');
});

test('busy where the wait is unknown (no schedstat): crowded, since it cannot be told', () => {
  const c = compare(run('io', 40), run('io', 60, capacity(1, null)));
  assert.equal(speedup(c)?.verdict, 'inconclusive');
});
