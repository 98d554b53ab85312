import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { around, erroredResult, ioSuite, resultsFile, suite, throughputResult, timeResult } from './fixtures.js';

const byId = (c: ReturnType<typeof compare>, id: string) => c.metrics.find((m) => m.id === id);

test('A against A: every metric unchanged, p = 1, nothing fails', () => {
  const a = resultsFile([ioSuite(5000, 60, 700)]);
  const c = compare(a, a);
  assert.ok(c.metrics.length > 0);
  for (const m of c.metrics) {
    assert.equal(m.verdict, 'unchanged', m.id);
    assert.equal(m.p, 1);
  }
  assert.equal(c.failed, false);
});

test('bounded turned sequential: speedup regresses (gated) and the run fails', () => {
  const c = compare(resultsFile([ioSuite(5000, 60, 700)]), resultsFile([ioSuite(5000, 60, 5000)]));
  const speedup = byId(c, 'io/io/bounded:speedup');
  assert.equal(speedup?.verdict, 'regressed');
  assert.equal(speedup?.gated, true);
  assert.equal(speedup?.test, 'exact');
  assert.ok((speedup?.changePct ?? 0) < -80);
  // Efficiency (against the model's nominal ideal) and absolute time regressed too, but are not gated by default.
  const efficiency = byId(c, 'io/io/bounded:efficiency');
  assert.deepEqual([efficiency?.verdict, efficiency?.gated], ['regressed', false]);
  const time = byId(c, 'io/io/bounded:time');
  assert.deepEqual([time?.verdict, time?.gated], ['regressed', false]);
  assert.equal(c.gatedRegressions, 1);
  assert.equal(c.failed, true);
});

test('absolute time regressions alone pass the default gate and fail --gate all', () => {
  // The I/O delay raised 20%: every time and every ideal up 20%, ratios unchanged.
  const base = resultsFile([ioSuite(5000, 60, 700)]);
  const slow = resultsFile([ioSuite(6000, 72, 840, 1.2)]);
  const def = compare(base, slow);
  assert.equal(byId(def, 'io/io/concurrent:time')?.verdict, 'regressed');
  assert.equal(byId(def, 'io/io/concurrent:speedup')?.verdict, 'unchanged');
  assert.equal(def.failed, false);
  const all = compare(base, slow, { gate: 'all' });
  assert.equal(all.failed, true);
  assert.equal(all.gatedRegressions, 3);
});

test('a faster current run improves, in both directions', () => {
  const c = compare(resultsFile([ioSuite(5000, 60, 700)]), resultsFile([ioSuite(5000, 60, 500)]));
  assert.equal(byId(c, 'io/io/bounded:time')?.verdict, 'improved');
  assert.equal(byId(c, 'io/io/bounded:speedup')?.verdict, 'improved');
  const load = (center: number) => resultsFile([suite('load', [throughputResult('io', around(center), 2000)])]);
  assert.equal(byId(compare(load(1000), load(800)), 'load/io/io/connections=10:throughput')?.verdict, 'regressed');
  assert.equal(byId(compare(load(1000), load(1300)), 'load/io/io/connections=10:throughput')?.verdict, 'improved');
});

test('three samples a side cannot reach p < 0.01: inconclusive even for a large change', () => {
  const f = (ms: number) => resultsFile([suite('io', [timeResult('concurrent', [ms, ms * 1.01, ms * 0.99], { sequentialMedian: 1000 })])]);
  const c = compare(f(100), f(200));
  assert.equal(byId(c, 'io/io/concurrent:speedup')?.verdict, 'inconclusive');
  assert.equal(c.failed, false);
});

test('disjoint metrics are listed, errored results listed, context differences reported', () => {
  const base = resultsFile([ioSuite(5000, 60, 700), suite('load', [throughputResult('io', around(1000), 2000)])]);
  const cur = resultsFile([ioSuite(5000, 60, 700), suite('cpu', [erroredResult('worker-pool', 'boom')])], {
    node: 'v22.1.0',
    cpu: { model: 'Other', cores: 8, speedMHz: null },
  });
  const c = compare(base, cur);
  assert.deepEqual(c.onlyInBaseline, ['load/io/io/connections=10:efficiency', 'load/io/io/connections=10:throughput']);
  assert.deepEqual(c.onlyInCurrent, []);
  assert.deepEqual(c.errored, [{ key: 'cpu/cpu/worker-pool', message: 'boom', side: 'current' }]);
  assert.deepEqual(c.contextDifferences, [
    'CPU model differs: Test CPU @ 2.0GHz → Other',
    'CPU cores differ: 2 → 8',
    'Node major differs: v20.20.2 → v22.1.0',
  ]);
  assert.equal(c.failed, false);
});

test('the rule is stated with the options filled in', () => {
  const a = resultsFile([ioSuite(5000, 60, 700)]);
  const c = compare(a, a, { alpha: 0.05, threshold: 5, gate: 'all' });
  assert.match(c.rule, /p < 0\.05/);
  assert.match(c.rule, /more than 5%/);
  assert.match(c.rule, /Gated \(can fail the run\): speedup, efficiency, time, throughput\./);
});
