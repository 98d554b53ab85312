import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filesChart } from '../../src/report/charts/files.js';
import { colorFor, withAlpha } from '../../src/report/palette.js';
import { filesRun, filesSuite } from './files-fixtures.js';

type Dataset = { label?: string; data: Array<{ x: number; y: number }>; borderColor?: string; borderDash?: number[]; pointStyle?: string };
type Axes = Record<string, { type?: string; min?: number; max?: number; title?: { text?: string } }>;

const points = (d: Dataset | undefined) => d?.data.map((p) => [p.x, Number(p.y.toFixed(1))]);
const titleOf = (config: ReturnType<typeof filesChart.config>) => (config.options?.plugins?.title as { text?: unknown }).text;

test('files: Promise.all batch time against N, a solid line per pool size and the sockets at the smallest, each model dashed in its colour', () => {
  const config = filesChart.config(filesRun());
  const datasets = config.data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    [
      'files, Promise.all (UV_THREADPOOL_SIZE=1)',
      'model ⌈N/min(1, N)⌉·d',
      'files, Promise.all (UV_THREADPOOL_SIZE=4)',
      'model ⌈N/min(4, N)⌉·d',
      'files, Promise.all (UV_THREADPOOL_SIZE=16)',
      'model ⌈N/min(16, N)⌉·d',
      'sockets, Promise.all (UV_THREADPOOL_SIZE=1)',
      'model d (sockets)',
    ],
  );
  // Measured: the model × 1.03, 1.04, 1.1 by size; sockets 21, 22, 24 ms. The table's sequential, bounded and worker-pool are not drawn.
  const measured = [0, 2, 4, 6].map((i) => points(datasets[i]));
  assert.deepEqual(measured, [
    [[4, 82.4], [16, 329.6], [48, 988.8]],
    [[4, 20.8], [16, 83.2], [48, 249.6]],
    [[4, 22], [16, 22], [48, 66]],
    [[4, 21], [16, 22], [48, 24]],
  ]);
  const models = [1, 3, 5, 7].map((i) => points(datasets[i]));
  assert.deepEqual(models, [
    [[4, 80], [16, 320], [48, 960]],
    [[4, 20], [16, 80], [48, 240]],
    [[4, 20], [16, 20], [48, 60]],
    [[4, 20], [16, 20], [48, 20]],
  ]);
  for (const i of [0, 2, 4, 6]) {
    const line = datasets[i];
    const model = datasets[i + 1];
    assert.equal(line?.borderDash, undefined, `${line?.label} is solid`);
    assert.deepEqual(model?.borderDash, [8, 6], `${model?.label} is dashed`);
    assert.equal(model?.borderColor, withAlpha(line?.borderColor as string, 0.8), `${model?.label} in its line's colour`);
  }
  assert.equal(datasets[6]?.borderColor, colorFor('io'));
  assert.equal(new Set([0, 2, 4, 6].map((i) => datasets[i]?.borderColor)).size, 4, 'four colours');
  const scales = config.options?.scales as Axes;
  assert.deepEqual([scales.x?.type, scales.x?.min, scales.x?.max, scales.x?.title?.text], ['logarithmic', 3.2, 60, 'tasks per batch N (log scale)']);
  assert.deepEqual([scales.y?.type, scales.y?.min, scales.y?.max, scales.y?.title?.text], ['logarithmic', 10, 2000, 'median batch time (ms, lower is better, log scale)']);
  assert.deepEqual(titleOf(config), [
    "Files wait on libuv's pool, sockets do not: Promise.all batch time against N",
    '48 reads took 12× d at 4 threads (model 12×), sockets 1.2× d (d = 20 ms)',
  ]);
});

test("files: without libuv's default size the title reads the smallest size measured", () => {
  const suite = filesSuite();
  suite.results = suite.results.filter((r) => r.point.poolSize !== 4 || r.point.fileLoad !== undefined);
  assert.deepEqual(titleOf(filesChart.config(filesRun(suite))), [
    "Files wait on libuv's pool, sockets do not: Promise.all batch time against N",
    '48 reads took 49× d at 1 thread (model 48×), sockets 1.2× d (d = 20 ms)',
  ]);
});
