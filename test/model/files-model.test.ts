// The files suite's model as data: each way's ideal, the lanes that wait at once, the starvation wait,
// and which points a child runs at each pool size.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planFor } from '../../bench/files.js';
import { filesIdeal, socketsIdeal, starvationIdeal, starvationWaitMs, type FileStrategy } from '../../src/model/files.js';

const base = { delayMs: 100, concurrency: 8, workers: 2 };

test('file reads: N*d one by one; ceil(N/min(lanes, N))*d otherwise, lanes the pool (concurrent), min(pool, k) (bounded) or W', () => {
  const table: Array<[FileStrategy, number, number, number]> = [
    // strategy, N, UV_THREADPOOL_SIZE, ideal ms
    ['sequential', 16, 4, 1600],
    ['sequential', 16, 16, 1600],
    ['concurrent', 16, 1, 1600],
    ['concurrent', 16, 4, 400],
    ['concurrent', 16, 16, 100],
    ['concurrent', 4, 16, 100],
    ['concurrent', 48, 16, 300],
    ['concurrent', 18, 4, 500],
    ['bounded', 16, 4, 400],
    ['bounded', 16, 16, 200],
    ['bounded', 16, 1, 1600],
    ['worker-pool', 16, 4, 800],
    ['worker-pool', 1, 4, 100],
  ];
  for (const [strategy, tasks, poolSize, ms] of table) {
    assert.equal(filesIdeal({ strategy, tasks, poolSize, ...base }).ms, ms, `${strategy} N=${tasks} size ${poolSize}`);
  }
  assert.equal(filesIdeal({ strategy: 'concurrent', tasks: 16, poolSize: 4, ...base }).formula, 'ceil(N/min(size,N))*d = ceil(16/min(4,16))*100');
});

test('sockets take d whatever N', () => {
  assert.deepEqual(socketsIdeal(20), { ms: 20, formula: 'd = 20' });
});

test('a victim queued behind N reads waits floor(N/size)*d, on top of its time alone', () => {
  assert.equal(starvationWaitMs(16, 4, 20), 80);
  assert.equal(starvationWaitMs(18, 4, 20), 80);
  assert.equal(starvationWaitMs(16, 16, 20), 20);
  assert.equal(starvationWaitMs(3, 4, 20), 0);
  assert.equal(starvationIdeal(1.5, 16, 4, 20).ms, 81.5);
});

test('the plan: concurrent and sockets at every N (a concurrent point over the batch cap left out, the table N never), the other ways where they tell something', () => {
  const sizes = { poolSizes: [1, 4, 16], tasks: 16, sweep: [4, 32], delayMs: 20, bytes: 4096, maxBatchMs: 400, budget: { timeMs: 0, minSamples: 3 }, victimSamples: 3 };
  const o = { concurrency: 8, workers: 2 };
  const at1 = planFor(sizes, 1, o);
  assert.deepEqual(at1.plan, [
    { way: 'concurrent', tasks: 4 },
    { way: 'sockets', tasks: 4 },
    { way: 'concurrent', tasks: 16 },
    { way: 'sockets', tasks: 16 },
    { way: 'sockets', tasks: 32 },
  ]);
  assert.equal(at1.left.length, 1);
  assert.match(at1.left[0] ?? '', /^concurrent N=32 at UV_THREADPOOL_SIZE=1 \(model 640 ms, over the preset's 400 ms a batch\)$/);
  const at4 = planFor(sizes, 4, o).plan.map((e) => `${e.way} ${e.tasks}`);
  assert.deepEqual(at4.slice(-3), ['sequential 16', 'worker-pool 16', 'bounded 16']);
  assert.ok(!planFor(sizes, 16, o).plan.some((e) => e.way === 'sequential' || e.way === 'worker-pool'));
});
