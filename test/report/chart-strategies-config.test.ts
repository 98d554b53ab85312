import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strategiesConfig } from '../../src/report/charts/strategies.js';
import type { HouseDatasetExtras } from '../../src/report/charts/config.js';
import { brokenRun, completeRun } from './fixtures.js';

type Dataset = { label?: string; data: unknown[] } & HouseDatasetExtras;

test('strategy charts show the median per strategy with the CI of its median and ideal time', () => {
  const config = strategiesConfig(completeRun(), 'io');
  assert.deepEqual(config.data.labels, ['sequential', 'concurrent', 'bounded', 'worker-pool']);
  const [seq, conc] = config.data.datasets as Dataset[];
  assert.deepEqual(seq?.data, [5050, null, null, null]);
  assert.deepEqual(conc?.data, [null, 60, null, null]);
  assert.deepEqual(conc?.errorBars, [null, { low: 60 * 0.98, high: 60 * 1.04 }, null, null]);
  assert.deepEqual(conc?.idealMarks, [null, 50, null, null]);
  assert.deepEqual(conc?.valueLabels, [null, '60 ms', null, null]);
  const title = (config.options?.plugins?.title as { text: unknown }).text;
  assert.equal(title, 'I/O-bound batch: median time per strategy — fastest: concurrent, 84× vs sequential');
  const y = (config.options?.scales as Record<string, { type?: string; title?: { text?: string } }>).y;
  assert.equal(y?.type, 'logarithmic', 'I/O times span decades');
  assert.equal(y?.title?.text, 'median batch time (ms, lower is better, log scale)');
});

test('CPU strategy times within one decade get a linear axis from zero', () => {
  const y = (strategiesConfig(completeRun(), 'cpu').options?.scales as Record<string, { type?: string; beginAtZero?: boolean }>).y;
  assert.equal(y?.type, 'linear');
  assert.equal(y?.beginAtZero, true);
});

test('an errored result keeps its place, labelled, with no bar', () => {
  const config = strategiesConfig(brokenRun(), 'io');
  assert.deepEqual(config.data.labels, ['sequential', 'concurrent', 'bounded (errored)', 'worker-pool']);
  const bounded = (config.data.datasets as Dataset[])[2];
  assert.deepEqual(bounded?.data, [null, null, null, null]);
  assert.match(String((config.options?.plugins?.title as { text: unknown }).text), /\(1 result errored\)$/);
});
