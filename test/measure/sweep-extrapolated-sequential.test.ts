// The scaling suite's I/O sweep runs sequential whole only while N·d fits the point's time budget;
// past it, sequential is N × the one-call time of the largest whole batch, recorded as extrapolated,
// never measured, and the speedups at those points are against it. Bounded past its budget is left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scalingSuite } from '../../bench/scaling.js';
import { collectContext } from '../../src/measure/context.js';
import { extrapolateFromOneCall } from '../../src/measure/extrapolate.js';
import { sampledResult } from '../../src/measure/sampled-result.js';
import { runSuites } from '../../src/measure/runner.js';
import type { MeasureSpec } from '../../src/measure/suite.js';
import type { CompletedResult, Result } from '../../src/results/schema.js';
import { fakeBase } from '../support/runner-base.js';

/** A measured result whose samples are `samples`, as the runner's measure would return it. */
function measured(spec: Pick<MeasureSpec, 'workload' | 'strategy' | 'point' | 'params' | 'ideal'>, samples: number[]): Result {
  return {
    ...sampledResult(spec, { samples, eventLoopDelay: { p50: 1, p99: 2, max: 3, mean: 1 } }, spec.ideal),
    resources: { socketsInUsePeak: spec.point.tasks ?? 0, rssPeakBytes: 100 * 2 ** 20 },
  };
}

async function runStandardSweep() {
  const calls: string[] = [];
  const measure = async (spec: MeasureSpec): Promise<Result> => {
    calls.push(`${spec.workload}/${spec.strategy}/${spec.point.tasks ?? '-'}`);
    assert.equal(spec.resources === true, spec.workload === 'io', 'I/O points record sockets and RSS');
    // A lone call 6.4 ms, a call in a longer run quicker (as measured); concurrent about d plus 0.05
    // ms a call; bounded ceil(N/k) rounds.
    const n = spec.point.tasks ?? 16;
    const perCall = n === 1 ? 6.4 : 5.8;
    const ms = spec.strategy === 'sequential' ? n * perCall : spec.strategy === 'concurrent' ? 5.2 + n * 0.05 : Math.ceil(n / 8) * 5.2;
    return measured(spec, [ms * 0.99, ms, ms * 1.02]);
  };
  const base = fakeBase();
  base.preset = 'standard';
  base.options = { runs: 1, strategies: ['sequential', 'concurrent', 'bounded'], concurrency: 8, delayMs: null, cpuMs: null } as never;
  const file = await runSuites({
    suites: [scalingSuite],
    context: collectContext('standard', {}),
    base,
    execute: async () => {},
    emit: () => {},
    onUpdate: () => {},
    measure,
  });
  const suite = file.suites[0];
  assert.ok(suite);
  const io = (strategy: string, n: number) =>
    suite.results.find((r) => r.workload === 'io' && r.strategy === strategy && r.point.tasks === n) as CompletedResult | undefined;
  return { calls, suite, io };
}

test('standard: sequential runs whole up to N = 100 (N·d = 500 ms <= 1 s budget), extrapolated from N = 300 on', async () => {
  const { calls, io } = await runStandardSweep();
  const sequentialRuns = calls.filter((c) => c.startsWith('io/sequential/')).map((c) => Number(c.split('/')[2]));
  assert.deepEqual(sequentialRuns, [1, 3, 10, 30, 100]);
  // The one-call time comes from the largest whole batch (N = 100: 5.8 ms a call), not the lone call.
  const whole = io('sequential', 100);
  assert.ok(whole && whole.extrapolated === undefined);
  for (const n of [300, 1000, 3000, 10_000]) {
    const r = io('sequential', n);
    assert.ok(r, `sequential N=${n} is recorded`);
    assert.deepEqual(r.extrapolated, { from: 'one-call', calls: n, fromTasks: 100 });
    assert.deepEqual(r.samples, whole.samples.map((s) => (s * n) / 100));
    assert.ok(Math.abs(r.stats.median - 5.8 * n) < 1e-6 * n);
    assert.equal(r.eventLoopDelay, null);
    assert.equal(r.resources, undefined);
    assert.equal(r.ideal, n * 5);
  }
  for (const n of [1, 3, 10, 30, 100]) assert.equal(io('sequential', n)?.extrapolated, undefined, `N=${n} was measured`);
});

test('concurrent runs at every N, its speedup against the extrapolated sequential where that is extrapolated', async () => {
  const { calls, io } = await runStandardSweep();
  assert.deepEqual(
    calls.filter((c) => c.startsWith('io/concurrent/')).map((c) => Number(c.split('/')[2])),
    [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000],
  );
  const con = io('concurrent', 10_000);
  const seq = io('sequential', 10_000);
  assert.ok(con && seq);
  assert.equal(con.speedup, seq.stats.median / con.stats.median);
  assert.deepEqual(con.resources, { socketsInUsePeak: 10_000, rssPeakBytes: 100 * 2 ** 20 });
});

test('bounded runs while ceil(N/k)·d fits the budget (N <= 1000 at k = 8, d = 5) and is left out past it', async () => {
  const { calls, io, suite } = await runStandardSweep();
  assert.deepEqual(
    calls.filter((c) => c.startsWith('io/bounded/')).map((c) => Number(c.split('/')[2])),
    [1, 3, 10, 30, 100, 300, 1000],
  );
  assert.equal(io('bounded', 3000), undefined);
  assert.deepEqual(suite.params.ioSequentialExtrapolated, [300, 1000, 3000, 10_000]);
  assert.deepEqual(suite.params.ioBoundedLeftOut, [3000, 10_000]);
});

test('with no completed whole sequential batch, an extrapolated point is an errored result that says why', () => {
  const spec = { workload: 'io' as const, strategy: 'sequential' as const, point: { tasks: 1000 }, params: {}, ideal: { ms: 5000, formula: 'N*d' } };
  const none = extrapolateFromOneCall(spec, 1000, undefined);
  assert.equal(none.state, 'errored');
  assert.match(none.state === 'errored' ? none.error.message : '', /no one-call time to extrapolate from \(a whole sequential batch: none ran\)/);
  const failed = extrapolateFromOneCall(spec, 1000, { ...spec, point: { tasks: 1 }, state: 'errored', error: { name: 'Error', message: 'ECONNREFUSED' } });
  assert.match(failed.state === 'errored' ? failed.error.message : '', /it errored: ECONNREFUSED/);
});
