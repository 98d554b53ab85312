// Merging runs keeps each run's sockets-in-use and RSS record, and the merged result's figures are
// the largest over the runs; an extrapolated result stays marked as such.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeSuiteRuns } from '../../src/model/runs.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

test('resources: each run kept, the largest of each figure on top; extrapolated kept', () => {
  const part = (sockets: number, rss: number, median: number) =>
    suiteOf('scaling', [
      completed('io', 'concurrent', median, { point: { tasks: 1000 }, resources: { socketsInUsePeak: sockets, rssPeakBytes: rss } }),
      completed('io', 'sequential', median * 60, { point: { tasks: 1000 }, extrapolated: { from: 'one-call', calls: 1000, fromTasks: 100 } }),
    ]);
  const merged = mergeSuiteRuns([part(1000, 200, 80), part(990, 250, 82), part(1000, 180, 79)]);
  const [concurrent, sequential] = merged.results as CompletedResult[];
  assert.deepEqual(concurrent?.resources, { socketsInUsePeak: 1000, rssPeakBytes: 250 });
  assert.deepEqual(concurrent?.runs.map((r) => r.resources?.rssPeakBytes), [200, 250, 180]);
  assert.deepEqual(sequential?.extrapolated, { from: 'one-call', calls: 1000, fromTasks: 100 });
  assert.equal(sequential?.runs.length, 3);
});
