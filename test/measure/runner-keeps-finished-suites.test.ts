import { asOneRun } from '../../src/model/runs.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectContext } from '../../src/measure/context.js';
import type { MeasureEnv } from '../../src/measure/measure-result.js';
import { runSuites } from '../../src/measure/runner.js';
import type { MeasureSpec, SuiteDefinition } from '../../src/measure/suite.js';
import type { Result, ResultsFile } from '../../src/results/schema.js';
import { fakeBase } from '../support/runner-base.js';

/** A fake measure: a completed result whose samples are the spec's ideal, or an errored one. */
async function fakeMeasure(spec: MeasureSpec, _env: MeasureEnv): Promise<Result> {
  const base = { workload: spec.workload, strategy: spec.strategy, point: spec.point, params: spec.params };
  if (spec.params.fail) return { ...base, state: 'errored', error: { name: 'Error', message: 'boom' } };
  const ms = spec.ideal.ms;
  return asOneRun({
    ...base,
    state: 'completed',
    unit: 'ms',
    better: 'smaller',
    samples: [ms, ms, ms],
    stats: { n: 3, mean: ms, median: ms, min: ms, max: ms, sd: 0, p75: ms, p99: ms, rme: 0, ci: { of: 'median', method: 'order-statistics', level: 0.75, low: ms, high: ms } },
    ideal: ms,
    idealFormula: 'test',
    speedup: null,
    efficiency: 1,
    eventLoopDelay: null,
    taskErrors: 0,
  });
}

function suite(name: string, run: SuiteDefinition['run']): SuiteDefinition {
  return { name, title: name, params: () => ({}), run, claims: () => [] };
}

const spec = (strategy: MeasureSpec['strategy'], ms: number, fail = false): MeasureSpec => ({
  workload: 'io',
  strategy,
  point: {},
  params: fail ? { fail: 1 } : {},
  tasks: [],
  warmup: [],
  budget: { timeMs: 0, minSamples: 1 },
  ideal: { ms, formula: '' },
  concurrency: 1,
  workers: 1,
});

function setup(suites: SuiteDefinition[], controller = new AbortController()) {
  const updates: ResultsFile[] = [];
  const promise = runSuites({
    suites,
    context: collectContext('quick', {}),
    base: fakeBase(controller.signal),
    execute: async () => {},
    emit: () => {},
    onUpdate: (file) => {
      updates.push(structuredClone(file));
    },
    measure: fakeMeasure,
  });
  return { promise, updates };
}

test('the file is handed over after every suite, and speedups are filled from the sequential result', async () => {
  const { promise, updates } = setup([
    suite('a', async (ctx) => {
      await ctx.measure(spec('sequential', 100));
      await ctx.measure(spec('concurrent', 10));
    }),
    suite('b', async (ctx) => {
      await ctx.measure(spec('sequential', 5));
    }),
  ]);
  const file = await promise;
  assert.equal(file.status, 'completed');
  assert.deepEqual(
    updates.map((u) => u.suites.map((s) => s.name)),
    [['a'], ['a', 'b'], ['a', 'b']],
  );
  const concurrent = file.suites[0]?.results[1];
  assert.equal(concurrent?.state === 'completed' ? concurrent.speedup : undefined, 10);
});

test('a suite that throws is errored with its message, keeps what it measured, and the next suite runs', async () => {
  const { promise } = setup([
    suite('bad', async (ctx) => {
      await ctx.measure(spec('sequential', 100));
      throw new Error('server died');
    }),
    suite('good', async (ctx) => {
      await ctx.measure(spec('sequential', 5, true));
    }),
  ]);
  const file = await promise;
  assert.equal(file.suites[0]?.state, 'errored');
  assert.equal(file.suites[0]?.error?.message, 'server died');
  assert.equal(file.suites[0]?.results.length, 1);
  assert.equal(file.suites[1]?.state, 'completed');
  assert.equal(file.suites[1]?.results[0]?.state, 'errored');
});

test('an abort marks the running suite and the file interrupted and runs no further suite', async () => {
  const controller = new AbortController();
  const { promise, updates } = setup(
    [
      suite('first', async (ctx) => {
        await ctx.measure(spec('sequential', 1));
        controller.abort();
      }),
      suite('never', async () => {
        throw new Error('must not run');
      }),
    ],
    controller,
  );
  const file = await promise;
  assert.equal(file.status, 'interrupted');
  assert.deepEqual(
    file.suites.map((s) => [s.name, s.state]),
    [['first', 'interrupted']],
  );
  assert.equal(updates.at(-1)?.status, 'interrupted');
});
