// compare never gates an extrapolated result as if it were measured: it gives no metric (not in
// the comparison, not in the github-benchmark history), while the speedups measured against it at
// its point are compared.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { extractMetrics } from '../../src/compare/metrics.js';
import type { ResultsFile } from '../../src/results/schema.js';
import { around, resultsFile, suite, timeResult } from './fixtures.js';

function sweep(sequentialAt1000: number): ResultsFile {
  const sequential = { ...timeResult('sequential', around(sequentialAt1000), { point: { tasks: 1000 } }), extrapolated: { from: 'one-call' as const, calls: 1000, fromTasks: 1 } };
  return resultsFile([
    suite('scaling', [
      timeResult('sequential', around(5.2), { point: { tasks: 1 } }),
      sequential,
      timeResult('concurrent', around(80), { point: { tasks: 1000 }, sequentialMedian: sequential.stats.median }),
    ]),
  ]);
}

test('an extrapolated result gives no metric; the concurrent speedup against it does', () => {
  const ids = [...extractMetrics(sweep(5200)).metrics.keys()];
  assert.equal(ids.some((id) => id.startsWith('scaling/io/sequential/tasks=1000')), false);
  assert.ok(ids.includes('scaling/io/sequential/tasks=1:time'));
  assert.ok(ids.includes('scaling/io/concurrent/tasks=1000:speedup'));
});

test('an extrapolated time twice as long is not a regression, under any gate', () => {
  const c = compare(sweep(5200), sweep(10_400), { gate: 'all' });
  assert.equal(c.metrics.some((m) => m.key === 'scaling/io/sequential/tasks=1000'), false);
  assert.equal(c.onlyInBaseline.length + c.onlyInCurrent.length, 0);
});
