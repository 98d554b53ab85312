import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AutocannonSummary, toLoadPoint, WindowTracker } from '../../src/measure/autocannon.js';

/** The fields of an autocannon 9 result that toLoadPoint reads, as autocannon reports them. */
const RESULT: AutocannonSummary = {
  duration: 3.02,
  errors: 3,
  timeouts: 1,
  non2xx: 2,
  requests: { total: 2950, sent: 2960 },
  latency: { p50: 101, p90: 103, p99: 110, max: 130, mean: 101.8 },
};

test('toLoadPoint: samples, req/s and latency from the window; errors from the whole run', () => {
  const point = toLoadPoint(
    RESULT,
    { perSecond: [980, 1000, 1020], latenciesMs: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] },
    { model: 'closed', connections: 100, rate: null },
  );
  assert.deepEqual(point.samples, [980, 1000, 1020]);
  assert.deepEqual(point.figures, {
    model: 'closed',
    connections: 100,
    rate: null,
    durationS: 3,
    requestsPerSecond: 1000,
    // Type-7 quantiles of 10..100: p50 = 55, p90 = 91, p99 = 99.1.
    latency: { p50: 55, p90: 91, p99: 99.1, max: 100, mean: 55 },
    requests: 3000,
    errors: 3,
    timeouts: 1,
    non2xx: 2,
  });
});

test('toLoadPoint: an empty window keeps autocannon latency and reports 0 req/s', () => {
  const point = toLoadPoint(RESULT, { perSecond: [0], latenciesMs: [] }, { model: 'open', connections: 10, rate: 50 });
  assert.equal(point.figures.requestsPerSecond, 0);
  assert.equal(point.figures.requests, 0);
  assert.deepEqual(point.figures.latency, RESULT.latency);
  assert.equal(point.figures.model, 'open');
  assert.equal(point.figures.rate, 50);
});

test('WindowTracker: whole seconds after the warm-up, 2xx only, nothing outside the window', () => {
  const t = new WindowTracker(1000, 2); // window [1000, 3000) ms
  t.response(200, 5, 999); // warm-up: dropped
  t.response(200, 6, 1000); // second 0
  t.response(204, 7, 1999.9); // second 0
  t.response(500, 8, 2100); // not 2xx: dropped
  t.response(200, 9, 2999); // second 1
  t.response(200, 10, 3000); // after the window: dropped
  t.error(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
  t.error(new Error('second error: not kept'));
  assert.deepEqual(t.window(), {
    perSecond: [2, 1],
    latenciesMs: [6, 7, 9],
    firstError: { name: 'Error', message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' },
  });
});
