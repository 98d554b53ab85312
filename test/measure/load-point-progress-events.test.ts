/**
 * A load point goes through the runner like a batch: `ctx.measureLoad` emits the same
 * measure-start / measure-end pair around it and records the result it hands back. The autocannon
 * run is a fake, so no network is involved.
 */
import { asOneRun } from '../../src/model/runs.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LoadOutcome, LoadPointSpec } from '../../src/measure/autocannon.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { LoadSpec, MeasureSpec, ProgressEvent, SuiteDefinition } from '../../src/measure/suite.js';
import type { Result } from '../../src/results/schema.js';
import { fakeBase } from '../support/runner-base.js';

const stats = { n: 2, mean: 90, median: 90, min: 80, max: 100, sd: 10, p75: 100, p99: 100, rme: 0, ci: { of: 'median', method: 'order-statistics', level: 0.5, low: 80, high: 100 } } as const;

/** A batch measurement without batches: completed at the ideal. */
async function fakeMeasure(spec: MeasureSpec): Promise<Result> {
  return asOneRun({
    workload: spec.workload,
    strategy: spec.strategy,
    point: spec.point,
    params: spec.params,
    state: 'completed',
    unit: 'ms',
    better: 'smaller',
    samples: [spec.ideal.ms],
    stats: { ...stats, ci: { ...stats.ci } },
    ideal: spec.ideal.ms,
    idealFormula: spec.ideal.formula,
    speedup: null,
    efficiency: 1,
    eventLoopDelay: null,
    taskErrors: 0,
  });
}

/** autocannon stand-in: two seconds of 80 and 100 req/s, or an error, or an abort, by URL. */
async function fakeLoadPoint(spec: LoadPointSpec): Promise<LoadOutcome> {
  if (spec.url.endsWith('/errored')) return { state: 'errored', error: { name: 'LoadError', message: 'no successful response' } };
  if (spec.url.endsWith('/aborted')) return { state: 'aborted' };
  const latency = { p50: 50, p90: 55, p99: 60, max: 70, mean: 51 };
  return {
    state: 'completed',
    samples: [80, 100],
    figures: { model: spec.rate === null ? 'closed' : 'open', connections: spec.connections, rate: spec.rate, durationS: 2, requestsPerSecond: 90, latency, requests: 180, errors: 1, timeouts: 0, non2xx: 2 },
    firstError: { name: 'Error', message: 'ECONNRESET' },
  };
}

const batchSpec: MeasureSpec = {
  workload: 'io',
  strategy: 'concurrent',
  point: { tasks: 10 },
  params: {},
  tasks: [],
  warmup: [],
  budget: { timeMs: 0, minSamples: 1 },
  ideal: { ms: 20, formula: 'd' },
  concurrency: 1,
  workers: 1,
};

function loadSpec(path: string, rate: number | null = null): LoadSpec {
  return {
    workload: 'io',
    strategy: 'io',
    point: rate === null ? { connections: 10 } : { connections: 10, rate },
    params: { connections: 10 },
    url: `http://127.0.0.1:1${path}`,
    connections: 10,
    rate,
    warmupS: 0,
    durationS: 2,
    ideal: { reqPerS: 100, formula: 'C*1000/d = 10*1000/100' },
  };
}

function suite(name: string, run: SuiteDefinition['run']): SuiteDefinition {
  return { name, title: name, params: () => ({}), run, claims: () => [] };
}

async function run(definition: SuiteDefinition): Promise<{ events: ProgressEvent[]; results: Result[] }> {
  const events: ProgressEvent[] = [];
  const file = await runSuites({
    suites: [definition],
    context: collectContext('quick', {}),
    base: fakeBase(),
    execute: async () => {},
    emit: (event) => events.push(event),
    onUpdate: () => {},
    measure: fakeMeasure,
    runLoadPoint: fakeLoadPoint,
  });
  return { events, results: file.suites[0]?.results ?? [] };
}

/** The event types in order. */
const kinds = (events: ProgressEvent[]) => events.map((e) => e.type);

test('a load point emits the same measure-start and measure-end as a batch, and is recorded', async () => {
  const batch = await run(suite('batch', async (ctx) => void (await ctx.measure(batchSpec))));
  const load = await run(suite('load', async (ctx) => void (await ctx.measureLoad(loadSpec('/delay')))));
  assert.deepEqual(kinds(load.events), kinds(batch.events));
  assert.deepEqual(kinds(load.events), ['suite-start', 'measure-start', 'measure-end', 'suite-end']);

  const start = load.events[1];
  const end = load.events[2];
  assert.deepEqual(start, { type: 'measure-start', suite: 'load', label: 'io C=10' });
  assert.deepEqual(end?.type === 'measure-end' ? end.result : undefined, load.results[0]);
  const result = load.results[0];
  assert.equal(result?.state, 'completed');
  if (result?.state !== 'completed') return;
  assert.deepEqual(
    { unit: result.unit, better: result.better, samples: result.samples, ideal: result.ideal, efficiency: result.efficiency, taskErrors: result.taskErrors },
    { unit: 'req/s', better: 'bigger', samples: [80, 100], ideal: 100, efficiency: 0.9, taskErrors: 3 },
  );
  assert.equal(result.stats.median, 90);
  assert.deepEqual(result.firstTaskError, { name: 'Error', message: 'ECONNRESET' });
  assert.equal(result.load?.requests, 180);
});

test('an open-model point is labelled (open), and an errored point still ends its progress line', async () => {
  const { events, results } = await run(
    suite('load', async (ctx) => {
      await ctx.measureLoad(loadSpec('/delay', 50));
      await ctx.measureLoad(loadSpec('/errored'));
    }),
  );
  assert.deepEqual(
    events.filter((e) => e.type === 'measure-start').map((e) => (e.type === 'measure-start' ? e.label : '')),
    ['io C=10 rate=50 (open)', 'io C=10'],
  );
  assert.deepEqual(kinds(events), ['suite-start', 'measure-start', 'measure-end', 'measure-start', 'measure-end', 'suite-end']);
  assert.deepEqual(results[1], {
    workload: 'io',
    strategy: 'io',
    point: { connections: 10 },
    params: { connections: 10 },
    state: 'errored',
    error: { name: 'LoadError', message: 'no successful response' },
  });
});

test('a point cut off by Ctrl-C is not recorded and gets no measure-end', async () => {
  let returned: Result | undefined | 'unset' = 'unset';
  const { events, results } = await run(
    suite('load', async (ctx) => {
      returned = await ctx.measureLoad(loadSpec('/aborted'));
    }),
  );
  assert.equal(returned, undefined);
  assert.deepEqual(results, []);
  assert.deepEqual(kinds(events), ['suite-start', 'measure-start', 'suite-end']);
});
