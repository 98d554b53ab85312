import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HouseDatasetExtras } from '../../src/report/charts/config.js';
import { filesStarvationChart, STARVATION_COLORS } from '../../src/report/charts/files-starvation.js';
import { filesRun, filesSuite } from './files-fixtures.js';

type Dataset = { label?: string; data: Array<number | null>; backgroundColor?: unknown; borderDash?: number[] } & HouseDatasetExtras;
type Axes = Record<string, { type?: string; min?: number; max?: number; title?: { text?: string } }>;

const two = (values: ReadonlyArray<number | null> | undefined) => values?.map((v) => (v === null ? null : Number(v.toFixed(2))));

test('files-starvation: each victim idle beside loaded, the loaded model marked, on a log axis', () => {
  const config = filesStarvationChart.config(filesRun());
  assert.deepEqual(config.data.labels, [['crypto.pbkdf2, 1 call (CPU work on the pool)'], ["dns.lookup('localhost') (getaddrinfo on the pool)"]]);
  const [idle, loaded, model, ...rest] = config.data.datasets as Dataset[];
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [idle?.label, loaded?.label, model?.label],
    ['idle (no file reads)', 'while 16 reads of slow files hold the pool', 'model of the loaded call: idle + ⌊N/size⌋·d (dashed)'],
  );
  assert.deepEqual([idle?.backgroundColor, loaded?.backgroundColor], [STARVATION_COLORS.idle, STARVATION_COLORS.loaded]);
  assert.deepEqual(idle?.data, [1.1, 0.3]);
  assert.deepEqual(idle?.idealMarks, [null, null], "the idle call's model is its own median: not marked");
  assert.deepEqual(idle?.valueLabels, ['1.1 ms', '0.3 ms']);
  assert.deepEqual(loaded?.data, [78, 77]);
  // idle + ceil(16/4)*20 - 5.
  assert.deepEqual(two(loaded?.idealMarks), [81.1, 80.3]);
  assert.deepEqual(loaded?.valueLabels, ['78 ms', '77 ms']);
  assert.deepEqual(two(loaded?.errorBars?.map((e) => e?.low ?? null)), [76.44, 75.46]);
  assert.deepEqual(model?.borderDash, [8, 5]);
  const y = (config.options?.scales as Axes).y;
  assert.deepEqual([y?.type, y?.min, y?.max], ['logarithmic', 0.2, 200]);
  assert.equal(y?.title?.text, 'median latency of one call (ms, lower is better, log scale)');
  assert.deepEqual((config.options?.plugins?.title as { text?: unknown }).text, [
    "Slow file reads starve libuv's pool: latency idle and while 16 reads hold 4 threads",
    'crypto.pbkdf2 1.1 ms → 78 ms (model 81.1 ms); dns.lookup 0.3 ms → 77 ms (model 80.3 ms)',
  ]);
});

test('files-starvation: a victim without its own description is named and said what it does', () => {
  const suite = filesSuite();
  suite.results = suite.results.map((r) => {
    const { victim: _victim, ...params } = r.params;
    return { ...r, params };
  });
  assert.deepEqual(filesStarvationChart.config(filesRun(suite)).data.labels, [
    ['crypto.pbkdf2', 'CPU work on the pool'],
    ['dns.lookup', 'getaddrinfo on the pool'],
  ]);
});
