import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCHEMA_VERSION } from '../../src/results/schema.js';
import { formatWhenToUse, whenToUse } from '../../src/report/when-to-use.js';
import { CONTEXT } from './fixtures.js';
import { loadMixedRun } from './load-mixed-fixtures.js';

const EXPECTED = `## When to use which

From the mixed suite of this run: each task waits d ms on I/O, then computes c ms; median batch time per strategy.

| CPU share f | c / d (ms) | sequential | concurrent | worker-pool | offload | use | by how much |
| --- | --- | --- | --- | --- | --- | --- | --- |
| 0% | 0 / 20 | 160 ms | **20 ms** | 80 ms | 20 ms | concurrent | a tie with offload (within 5%) |
| 25% | 5 / 15 | 160 ms | 55 ms | 80 ms | **35 ms** | offload | 1.6× faster than concurrent |
| 75% | 15 / 5 | 160 ms | 125 ms | 80 ms | **65 ms** | offload | 1.2× faster than worker-pool |
| 100% | 20 / 0 | 160 ms | 160 ms | **80 ms** | 80 ms | worker-pool | a tie with offload (within 5%) |

The worker pool overtook concurrency between f = 25% and 75% (≈ 47.8% by interpolation); the model ((⌈N/W⌉ − 1)/(N − 1) with N = 8, W = 2) puts it at 42.9%. Of those two, below it use concurrency (it also keeps no thread busy while waiting); above it, a worker pool, which also keeps the event loop free. Tasks that both wait and compute are best served by both: offload (await the I/O on the event loop, hand the CPU part to the pool, like Python's asyncio.to_thread) was fastest at every share between 0 and 100% (2 of 2).
`;

test('when-to-use: the fastest strategy per CPU share and its margin, computed from the run', () => {
  assert.equal(formatWhenToUse(loadMixedRun()), EXPECTED);
});

test('when-to-use: nothing when the run has no mixed suite', () => {
  assert.equal(formatWhenToUse({ schemaVersion: SCHEMA_VERSION, kind: 'asyncbench-results', status: 'completed', context: CONTEXT, suites: [], claims: [] }), '');
});

test('when-to-use: one table as data, the fastest median cell marked, for both reporters', () => {
  const table = whenToUse(loadMixedRun());
  assert.ok(table);
  assert.deepEqual(table.columns, ['CPU share f', 'c / d (ms)', 'sequential', 'concurrent', 'worker-pool', 'offload', 'use', 'by how much']);
  assert.deepEqual(table.rows[0], { cells: ['0%', '0 / 20', '160 ms', '20 ms', '80 ms', '20 ms', 'concurrent', 'a tie with offload (within 5%)'], best: 3 });
  assert.equal(table.rows[1]?.best, 5);
  assert.equal(table.rows[3]?.best, 4);
  assert.equal(whenToUse({ schemaVersion: SCHEMA_VERSION, kind: 'asyncbench-results', status: 'completed', context: CONTEXT, suites: [], claims: [] }), null);
});
