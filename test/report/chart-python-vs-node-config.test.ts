import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HouseDatasetExtras } from '../../src/report/charts/config.js';
import { chartsFor } from '../../src/report/charts/index.js';
import { pythonVsNodeChart, RUNTIME_COLORS } from '../../src/report/charts/python-vs-node.js';
import { completeRun } from './fixtures.js';
import { pythonSuite, skippedPythonSuite, withPython } from './python-fixtures.js';

type Dataset = { label?: string; data: Array<number | null>; backgroundColor?: unknown } & HouseDatasetExtras;
type Axes = Record<string, { type?: string; min?: number; max?: number; title?: { text?: string } }>;

const two = (values: ReadonlyArray<number | null> | undefined) => values?.map((v) => (v === null ? null : Number(v.toFixed(2))));

test('python-vs-node: a group per pair of like ways, Node beside Python, speedups and ideal speedups over each one\'s sequential', () => {
  const config = pythonVsNodeChart.config(withPython(pythonSuite()));
  assert.deepEqual(config.data.labels, [
    ['I/O · concurrent', 'Node: Promise.all', 'Python: asyncio.gather'],
    ['I/O · bounded', 'Node: bounded', 'Python: Semaphore(8)'],
    ['I/O · threads', 'Node: worker-pool', 'Python:', 'ThreadPoolExecutor(2)'],
    ['CPU · concurrent', 'Node: Promise.all', 'Python: gather of', 'coroutines'],
    ['CPU · threads', 'Node: worker-pool', 'Python: to_thread (6),', 'ThreadPoolExecutor(2)'],
    ['CPU · processes', 'Node: none', 'Python:', 'ProcessPoolExecutor(2)'],
  ]);
  const [node, python, second, ideal, ...rest] = config.data.datasets as Dataset[];
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [node?.label, python?.label, second?.label, ideal?.label],
    ['Node.js v20.20.2', 'CPython 3.11.2, GIL on', 'Python, ThreadPoolExecutor (beside to_thread)', 'ideal speedup (dashed)'],
  );
  assert.deepEqual([node?.backgroundColor, python?.backgroundColor, second?.backgroundColor], [RUNTIME_COLORS.node, RUNTIME_COLORS.python, RUNTIME_COLORS.pythonSecond]);
  // Node: the io and cpu suites (N = 100 calls of 50 ms; 16 tasks of 20 ms on 8 cores); no processes.
  assert.deepEqual(two(node?.data), [84.17, 9.71, 67.33, 0.99, 1.9, null]);
  assert.deepEqual(node?.idealMarks, [100, 10, 100, 1, 8, null]);
  assert.deepEqual(node?.valueLabels, ['84×', '9.7×', '67×', '1.0×', '1.9×', null]);
  // Python: 433 / 40, 433 / 77, 433 / 217; 80 / 80, 80 / 98 (to_thread), 80 / 52; ideals 400/20, 400/60, 400/200, 1, 1 (the GIL), 80/40.
  assert.deepEqual(two(python?.data), [10.82, 5.62, 2, 1, 0.82, 1.54]);
  assert.deepEqual(two(python?.idealMarks), [20, 6.67, 2, 1, 1, 2]);
  assert.deepEqual(python?.valueLabels, ['11×', '5.6×', '2.0×', '1.0×', '0.8×', '1.5×']);
  // ThreadPoolExecutor beside to_thread, in the CPU threads group only.
  assert.deepEqual(two(second?.data), [null, null, null, null, 0.82, null]);
  assert.deepEqual(second?.idealMarks, [null, null, null, null, 1, null]);
  const y = (config.options?.scales as Axes).y;
  assert.deepEqual([y?.type, y?.min, y?.max], ['logarithmic', 0.5, 200]);
  assert.equal(y?.title?.text, 'speedup over sequential (×, higher is better, log scale)');
  assert.deepEqual((config.options?.plugins?.title as { text?: unknown }).text, [
    'Node.js beside CPython 3.11.2, GIL on: speedup over sequential',
    'I/O: Promise.all 84×, asyncio.gather 11× — CPU: worker-pool 1.9×, ProcessPoolExecutor 1.5×, ThreadPoolExecutor 0.8×',
  ]);
});

test('python-vs-node.png appears only in runs whose python suite has batch results', () => {
  const has = (run: ReturnType<typeof completeRun>) => chartsFor(run).some((c) => c.file === 'python-vs-node.png');
  assert.ok(has(withPython(pythonSuite())));
  assert.ok(!has(completeRun()), 'no python suite');
  assert.ok(!has(withPython(skippedPythonSuite())), 'skipped');
  const articleOnly = pythonSuite();
  articleOnly.results = articleOnly.results.filter((r) => r.point.calls === 3);
  assert.ok(!has(withPython(articleOnly)), "the article's example alone");
});
