import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartsFor } from '../../src/report/charts/index.js';
import { threadpoolChart } from '../../src/report/charts/threadpool.js';
import { completeRun } from './fixtures.js';
import { threadpoolRun } from './threadpool-fixtures.js';

type Dataset = { label?: string; data: Array<{ x: number; y: number | null }>; borderDash?: number[]; valueLabels?: Array<string | null> };
type Axes = Record<string, { type?: string; title?: { text?: string } }>;

const rounded = (d: Dataset | undefined) => d?.data.map((p) => [p.x, p.y === null ? null : Number(p.y.toFixed(2))]);

test('threadpool: speedup against UV_THREADPOOL_SIZE, ideal min(size, cores) dashed, sync 1x and the cores', () => {
  const config = threadpoolChart.config(threadpoolRun());
  const datasets = config.data.datasets as Dataset[];
  assert.deepEqual(
    datasets.map((d) => d.label),
    ['async, Promise.all (measured)', 'async, awaited one by one (measured)', 'ideal min(size, cores)', 'pbkdf2Sync one by one (1×)', '2 cores'],
  );
  assert.deepEqual(rounded(datasets[0]), [
    [1, 0.83],
    [2, 1.77],
    [4, 1.95],
    [8, 1.9],
  ]);
  assert.deepEqual(datasets[0]?.valueLabels, ['0.8×', '1.8×', '1.9×', '1.9×']);
  assert.equal(datasets[1]?.valueLabels, undefined, 'only Promise.all is labelled');
  assert.deepEqual(rounded(datasets[1]), [
    [1, 0.97],
    [2, 0.97],
    [4, 0.97],
    [8, 0.97],
  ]);
  assert.deepEqual(datasets[2]?.data, [
    { x: 1, y: 1 },
    { x: 2, y: 2 },
    { x: 4, y: 2 },
    { x: 8, y: 2 },
  ]);
  assert.deepEqual(datasets[2]?.borderDash, [8, 5]);
  assert.deepEqual(datasets[4]?.data.map((p) => p.x), [2, 2]);
  const scales = config.options?.scales as Axes;
  assert.equal(scales.x?.title?.text, "UV_THREADPOOL_SIZE (threads in libuv's pool)");
  assert.equal(scales.y?.title?.text, 'speedup over pbkdf2Sync one by one (×, higher is better)');
  const title = (config.options?.plugins?.title as { text?: unknown }).text;
  assert.deepEqual(title, ["Native work on libuv's threadpool: speedup over pbkdf2Sync against UV_THREADPOOL_SIZE", 'Promise.all: best 1.9× at size 4 on 2 cores']);
});

test('threadpool.png appears only in runs with the threadpool suite', () => {
  assert.ok(chartsFor(threadpoolRun()).some((c) => c.file === 'threadpool.png'));
  assert.ok(!chartsFor(completeRun()).some((c) => c.file === 'threadpool.png'));
});

test('an errored threadpool suite draws a notice saying why', () => {
  const run = threadpoolRun();
  run.suites = run.suites.map((s) => ({ ...s, state: 'errored' as const, error: { name: 'Error', message: 'boom' }, results: [] }));
  const plugins = threadpoolChart.config(run).options?.plugins as Record<string, { lines?: string[] }>;
  assert.deepEqual(plugins.asyncbenchNotice?.lines, ['The threadpool suite errored: no results to draw', 'Error: boom']);
});
