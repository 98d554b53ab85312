import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ThreadpoolIdealInput, threadpoolIdeal, threadpoolModelSpeedup } from '../../src/model/threadpool.js';

const base: ThreadpoolIdealInput = { strategy: 'sync', calls: 8, callMs: 5, poolSize: 4, cores: 2 };

/** [change, ideal ms, formula] */
const cases: Array<[Partial<ThreadpoolIdealInput>, number, string]> = [
  [{ strategy: 'sync' }, 40, 'N*c = 8*5'],
  // Awaited one by one: one call in flight, whatever the pool.
  [{ strategy: 'async-serial' }, 40, 'N*c = 8*5'],
  [{ strategy: 'async-serial', poolSize: 8, cores: 8 }, 40, 'N*c = 8*5'],
  // Promise.all: min(size, cores) threads at once.
  [{ strategy: 'async-all', poolSize: 1 }, 40, 'ceil(N/min(size,cores))*c = ceil(8/min(1,2))*5'],
  [{ strategy: 'async-all', poolSize: 2 }, 20, 'ceil(N/min(size,cores))*c = ceil(8/min(2,2))*5'],
  [{ strategy: 'async-all', poolSize: 4 }, 20, 'ceil(N/min(size,cores))*c = ceil(8/min(4,2))*5'],
  [{ strategy: 'async-all', poolSize: 8, cores: 8 }, 5, 'ceil(N/min(size,cores))*c = ceil(8/min(8,8))*5'],
  // N not a multiple of the threads: the last round runs partly empty.
  [{ strategy: 'async-all', poolSize: 4, cores: 3 }, 15, 'ceil(N/min(size,cores))*c = ceil(8/min(4,3))*5'],
];

test('each way of calling has its ideal time and formula', () => {
  for (const [change, ms, formula] of cases) {
    assert.deepEqual(threadpoolIdeal({ ...base, ...change }), { ms, formula }, JSON.stringify(change));
  }
});

test("the model's async-all speedup is N/ceil(N/min(size, cores))", () => {
  assert.deepEqual(
    [1, 2, 4, 8].map((size) => threadpoolModelSpeedup(8, size, 2)),
    [1, 2, 2, 2],
  );
  assert.equal(threadpoolModelSpeedup(8, 4, 3), 8 / 3);
});
