// --runs R: the runner measures the whole selection R times, one run after another (suite a, b, then
// a, b again), and the file it hands on after each suite holds every run so far, merged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { MeasureSpec, SuiteDefinition } from '../../src/measure/suite.js';
import { asOneRun } from '../../src/model/runs.js';
import type { CompletedResult, Result } from '../../src/results/schema.js';
import { computeStats } from '../../src/stats/summary.js';
import { fakeBase } from '../support/runner-base.js';

test('R runs of the selection, in order, merged into one result per strategy with R runs', async () => {
  const order: string[] = [];
  let call = 0;
  const measure = async (spec: MeasureSpec): Promise<Result> => {
    call++;
    const samples = [call, call];
    return asOneRun({
      ...{ workload: spec.workload, strategy: spec.strategy, point: spec.point, params: spec.params },
      state: 'completed',
      unit: 'ms',
      better: 'smaller',
      samples,
      stats: computeStats(samples),
      ideal: 1,
      idealFormula: 'test',
      speedup: null,
      efficiency: 1 / call,
      eventLoopDelay: null,
      taskErrors: 0,
    });
  };
  const def = (name: string): SuiteDefinition => ({
    name,
    title: name,
    params: () => ({}),
    claims: () => [],
    run: async (ctx) => {
      order.push(name);
      await ctx.measure({
        workload: 'io',
        strategy: 'sequential',
        point: {},
        params: {},
        tasks: [],
        warmup: [],
        concurrency: 1,
        workers: 1,
        budget: { timeMs: 1, minSamples: 1 },
        ideal: { ms: 1, formula: 'test' },
      } as unknown as MeasureSpec);
    },
  });
  const updates: number[] = [];
  const file = await runSuites({
    suites: [def('a'), def('b')],
    context: collectContext('quick', {}),
    base: fakeBase(undefined, 3),
    execute: async () => {},
    emit: () => {},
    onUpdate: (f) => {
      const first = f.suites[0]?.results[0];
      updates.push(first?.state === 'completed' ? first.runs.length : 0);
    },
    measure,
  });
  assert.deepEqual(order, ['a', 'b', 'a', 'b', 'a', 'b']);
  assert.deepEqual(updates, [1, 1, 2, 2, 3, 3, 3]);
  const a = file.suites[0]?.results[0] as CompletedResult;
  assert.deepEqual(a.runs.map((p) => [p.run, p.median]), [
    [1, 1],
    [2, 3],
    [3, 5],
  ]);
  assert.equal(file.suites.length, 2);
  assert.equal(file.status, 'completed');
});
