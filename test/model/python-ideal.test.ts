// The python suite's model, as data: Node's formulas where the way is the same, N*c for threads
// under the GIL, a pool of W without it, and the article's max(d) and sum(d).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleIdeal, pythonIdeal, type PythonModelInput } from '../../src/model/python.js';

const io = { part: 'io', tasks: 20, delayMs: 20, cpuMs: 0, concurrency: 8, workers: 2, threads: 6, cores: 2, gil: true } as const;
const cpu = { part: 'cpu', tasks: 8, delayMs: 0, cpuMs: 10, concurrency: 8, workers: 2, threads: 6, cores: 2, gil: true } as const;

const table: Array<[string, PythonModelInput, number, string]> = [
  ['io sequential', { ...io, strategy: 'sequential' }, 400, 'N*d = 20*20'],
  ['io gather', { ...io, strategy: 'concurrent' }, 20, 'd = 20'],
  ['io Semaphore(k)', { ...io, strategy: 'bounded' }, 60, 'ceil(N/k)*d = ceil(20/8)*20'],
  ['io ThreadPoolExecutor(W)', { ...io, strategy: 'thread-pool' }, 200, 'ceil(N/W)*d = ceil(20/2)*20'],
  ['cpu sequential', { ...cpu, strategy: 'sequential' }, 80, 'N*c = 8*10'],
  ['cpu gather', { ...cpu, strategy: 'concurrent' }, 80, 'N*c = 8*10'],
  ['cpu threads, GIL on', { ...cpu, strategy: 'thread-pool' }, 80, 'N*c (the GIL: one thread runs Python at a time) = 8*10'],
  ['cpu to_thread, GIL on', { ...cpu, strategy: 'to-thread' }, 80, 'N*c (the GIL: one thread runs Python at a time) = 8*10'],
  ['cpu threads, GIL off', { ...cpu, strategy: 'thread-pool', gil: false }, 40, 'ceil(N/min(W,cores))*c = ceil(8/min(2,2))*10'],
  ['cpu to_thread, GIL off', { ...cpu, strategy: 'to-thread', gil: false }, 40, 'ceil(N/min(W,cores))*c = ceil(8/min(6,2))*10'],
  ['cpu processes', { ...cpu, strategy: 'process-pool' }, 40, 'ceil(N/min(W,cores))*c = ceil(8/min(2,2))*10'],
];

for (const [name, input, ms, formula] of table) {
  test(`python model: ${name}`, () => {
    const ideal = pythonIdeal(input);
    assert.equal(ideal.ms, ms);
    assert.equal(ideal.formula, formula);
  });
}

test("python model: the article's example takes the slowest call at once, the sum one by one", () => {
  assert.deepEqual(articleIdeal('concurrent', [100, 200, 300]), { ms: 300, formula: 'max(d) = max(100,200,300)' });
  assert.deepEqual(articleIdeal('sequential', [100, 200, 300]), { ms: 600, formula: 'sum(d) = 100+200+300' });
});

test('python model: an unknown way is an error, not a guess', () => {
  assert.throws(() => pythonIdeal({ ...cpu, strategy: 'offload' }), RangeError);
});
