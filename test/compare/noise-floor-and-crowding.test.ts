import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { around, resultsFile, suite, timeResult } from './fixtures.js';

/** An io or cpu suite with a sequential reference and one concurrent result. */
function run(concurrentMs: number, opts: { workload?: 'io' | 'cpu'; otherCpu?: number; referenceOtherCpu?: number } = {}) {
  const workload = opts.workload ?? 'io';
  const seq = timeResult('sequential', around(200), { sequentialMedian: 200, ideal: 200, workload });
  const con = timeResult('concurrent', around(concurrentMs), { sequentialMedian: 200, ideal: 10, workload });
  // A run of one: the result's otherCpu is its one run's.
  const crowd = (r: CompletedResult, other: number) => {
    r.otherCpu = other;
    for (const p of r.runs) p.otherCpu = other;
  };
  if (opts.otherCpu !== undefined) crowd(con as CompletedResult, opts.otherCpu);
  if (opts.referenceOtherCpu !== undefined) crowd(seq as CompletedResult, opts.referenceOtherCpu);
  return resultsFile([suite(workload, [seq, con])]);
}

const verdicts = (c: ReturnType<typeof compare>) => Object.fromEntries(c.metrics.map((m) => [m.metric + ':' + m.strategy, [m.verdict, m.note ?? '']]));

test('a significant 15% change of a 12 ms batch (1.8 ms) is under the 2 ms noise floor: within-noise, with the reason', () => {
  const c = compare(run(12), run(13.8));
  const v = verdicts(c);
  assert.equal(v['speedup:concurrent']?.[0], 'within-noise');
  assert.match(v['speedup:concurrent']?.[1] ?? '', /batch time moved 1\.80 ms, under the 2 ms noise floor/);
  assert.equal(c.failed, false);
});

test('the same 15% change of a 40 ms batch (6 ms) is past the floor: regressed', () => {
  const c = compare(run(40), run(46));
  assert.equal(verdicts(c)['speedup:concurrent']?.[0], 'regressed');
  assert.equal(c.failed, true);
});

test('--noise-floor 0 turns the floor off', () => {
  const c = compare(run(12), run(13.8), { noiseFloorMs: 0 });
  assert.equal(verdicts(c)['speedup:concurrent']?.[0], 'regressed');
});

test('a CPU result measured crowded (otherCpu >= 0.5) is inconclusive, not regressed, and says which run', () => {
  const c = compare(run(40, { workload: 'cpu' }), run(60, { workload: 'cpu', otherCpu: 0.9 }));
  const [verdict, note] = verdicts(c)['speedup:concurrent'] ?? [];
  assert.equal(verdict, 'inconclusive');
  assert.match(note ?? '', /the current run was short of CPU beside other processes/);
  assert.equal(c.failed, false);
});

test('a crowded sequential reference makes the speedup inconclusive too (it is a ratio to it)', () => {
  const c = compare(run(40, { workload: 'cpu', referenceOtherCpu: 1.1 }), run(60, { workload: 'cpu' }));
  const v = verdicts(c);
  assert.equal(v['speedup:concurrent']?.[0], 'inconclusive');
  assert.match(v['speedup:concurrent']?.[1] ?? '', /the baseline run was short of CPU/);
  // efficiency does not use the reference: decided on its own samples
  assert.equal(v['efficiency:concurrent']?.[0], 'regressed');
});

test('I/O results are never treated as crowded: there the servers are busy by design', () => {
  const c = compare(run(40, { otherCpu: 1.5 }), run(60, { otherCpu: 1.5 }));
  assert.equal(verdicts(c)['speedup:concurrent']?.[0], 'regressed');
});
