// The files part's model, as data: one by one N*d; to_thread and ThreadPoolExecutor(k) in waves of
// d, ceil(N/min(threads,N)); the default executor's threads; and N raised to twice them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filesTasks } from '../../bench/python.js';
import { defaultExecutorThreads, filesIdeal, type FilesModelInput } from '../../src/model/python.js';

const files = { tasks: 16, delayMs: 20, threads: 6 } as const;

const table: Array<[string, FilesModelInput, number, string]> = [
  ['one by one', { ...files, strategy: 'sequential' }, 320, 'N*d = 16*20'],
  ['to_thread, 6 threads: 3 waves', { ...files, strategy: 'to-thread' }, 60, 'ceil(N/min(T,N))*d = ceil(16/min(6,16))*20'],
  ['to_thread, more threads than reads: 1 wave', { ...files, strategy: 'to-thread', threads: 32 }, 20, 'ceil(N/min(T,N))*d = ceil(16/min(32,16))*20'],
  ['ThreadPoolExecutor(4): 4 waves', { ...files, strategy: 'thread-pool', threads: 4 }, 80, 'ceil(N/min(k,N))*d = ceil(16/min(4,16))*20'],
  ['ThreadPoolExecutor(16): 1 wave', { ...files, strategy: 'thread-pool', threads: 16 }, 20, 'ceil(N/min(k,N))*d = ceil(16/min(16,16))*20'],
  ['ThreadPoolExecutor(5): a last wave of one', { ...files, strategy: 'thread-pool', threads: 5 }, 80, 'ceil(N/min(k,N))*d = ceil(16/min(5,16))*20'],
];

for (const [name, input, ms, formula] of table) {
  test(`python files model: ${name}`, () => {
    assert.deepEqual(filesIdeal(input), { ms, formula });
  });
}

test("python files model: the default executor's threads are min(32, cpus + 4)", () => {
  assert.deepEqual([1, 2, 8, 28, 64].map(defaultExecutorThreads), [5, 6, 12, 32, 32]);
});

test('python files model: N is the preset’s, or twice the default executor’s threads where that is more', () => {
  assert.deepEqual([filesTasks(16, 2), filesTasks(16, 8), filesTasks(16, 64), filesTasks(32, 2)], [16, 24, 64, 32]);
});

test('python files model: an unknown way is an error, not a guess', () => {
  assert.throws(() => filesIdeal({ ...files, strategy: 'concurrent' }), RangeError);
});
