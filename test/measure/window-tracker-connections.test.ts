// The window tracker per connection (closed model): each connection's answers in the window, the
// wait inside the window of the request it still had in flight at the close, and the connections
// never answered at all, which count as waiting the whole window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fairnessOf, toLoadPoint, WindowTracker } from '../../src/measure/autocannon.js';

test('per connection: answers in the window, unfinished waits clipped to the window, never-answered connections included', () => {
  const [a, b] = [{}, {}];
  const t = new WindowTracker(1000, 2, 3); // window [1000, 3000) ms, 3 connections
  t.response(200, 900, 900, a); // warm-up: a's last answer so far, not counted in the window
  t.response(200, 400, 1500, a); // a: 1 in the window
  t.response(200, 100, 2600, a); // a: 2; in flight since 2600
  t.response(500, 50, 1200, b); // b: a non-2xx still ends a wait, but is not an answer
  t.response(200, 20, 3100, b); // after the close: b's request was in flight at 3000 since 1200
  const w = t.window();
  assert.deepEqual(w.perSecond, [1, 1]);
  assert.deepEqual(w.latenciesMs, [400, 100]);
  assert.deepEqual(w.perConnection, [2, 0, 0]); // a, b, and the third connection never answered
  assert.deepEqual(w.unfinishedAgesMs, [400, 1800, 2000]);
});

test("toLoadPoint: Little's mean wait counts the unfinished requests; fairness names the starved share", () => {
  const point = toLoadPoint(
    { duration: 3, errors: 0, timeouts: 0, non2xx: 0, requests: { total: 4, sent: 4 }, latency: { p50: 1, p90: 1, p99: 1, max: 1, mean: 1 } },
    { perSecond: [2, 2], latenciesMs: [100, 100, 100, 100], perConnection: [4, 0], unfinishedAgesMs: [50, 2000] },
    { model: 'closed', connections: 2, rate: null },
  );
  assert.equal(point.figures.latency.mean, 100);
  assert.equal(point.figures.latency.meanWithUnfinishedMs, (400 + 50 + 2000) / 6);
  assert.equal(point.figures.latency.unfinished, 2);
  assert.equal(point.figures.latency.maxUnfinishedAgeMs, 2000);
  assert.deepEqual(point.figures.fairness, { connections: 2, minPerConnection: 0, maxPerConnection: 4, starvedShare: 0.5 });
});

test('fairnessOf: a connection below half the fair share is starved, at half it is not', () => {
  assert.equal(fairnessOf([10, 10, 10, 10]).starvedShare, 0);
  assert.equal(fairnessOf([15, 15, 5, 5]).starvedShare, 0); // fair share 10: 5 is exactly half
  assert.equal(fairnessOf([16, 16, 4, 4]).starvedShare, 0.5);
});

test('open model (no connections given, no client): no per-connection figures', () => {
  const t = new WindowTracker(0, 1);
  t.response(200, 5, 10);
  assert.deepEqual(Object.keys(t.window()).sort(), ['latenciesMs', 'perSecond']);
});
