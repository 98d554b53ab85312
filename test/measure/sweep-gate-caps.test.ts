// The target sweep's safety, with an injected clock and send: the request cap stops it, the rate
// cap spaces the sends, a Retry-After pauses every caller, and one longer than a minute stops it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSweepGate, runSweepPoint, type SendCall } from '../../src/measure/sweep.js';

/** A fake clock: waiting moves it on. */
function clock() {
  let t = 0;
  const waits: number[] = [];
  return { now: () => t, wait: async (ms: number) => void (waits.push(ms), (t += ms)), waits };
}
const ok: SendCall = async () => ({ status: 200, retryAfterS: null });
const signal = new AbortController().signal;

test('the request cap stops the sweep: no call past it, and it says so', async () => {
  const c = clock();
  const gate = createSweepGate({ maxRequests: 25, maxRate: null, now: c.now, wait: c.wait });
  let sent = 0;
  const send: SendCall = async () => (sent++, { status: 200, retryAfterS: null });
  const first = await runSweepPoint({ urls: ['u'], inFlight: 4, batches: 2, perBatch: 10, send, gate, signal });
  assert.deepEqual([first.batchMs.length, first.cut], [2, false]);
  const second = await runSweepPoint({ urls: ['u'], inFlight: 4, batches: 2, perBatch: 10, send, gate, signal });
  assert.equal(sent, 25);
  assert.equal(second.cut, true);
  assert.equal(second.batchMs.length, 0);
  assert.equal(gate.stopped(), 'stopped at the request cap: 25 calls (--max-requests)');
});

test('the rate cap spaces the sends: 10 calls at 20/s take 450 ms of waiting', async () => {
  const c = clock();
  const gate = createSweepGate({ maxRequests: 100, maxRate: 20, now: c.now, wait: c.wait });
  await runSweepPoint({ urls: ['u'], inFlight: 1, batches: 1, perBatch: 10, send: ok, gate, signal });
  assert.equal(c.now(), 450);
});

test('a Retry-After pauses every send until it has passed; one over the limit stops the sweep', async () => {
  const c = clock();
  const gate = createSweepGate({ maxRequests: 100, maxRate: null, now: c.now, wait: c.wait, maxPauseMs: 60_000 });
  let n = 0;
  const send: SendCall = async () => (++n === 2 ? { status: 429, retryAfterS: 3 } : { status: 200, retryAfterS: null });
  const point = await runSweepPoint({ urls: ['a', 'b'], inFlight: 1, batches: 1, perBatch: 4, send, gate, signal });
  assert.deepEqual(c.waits, [3000]);
  assert.deepEqual(point.calls.map((x) => x.status), [200, 429, 200, 200]);
  gate.retryAfter(120);
  assert.match(gate.stopped() ?? '', /^stopped: the server asked to wait 120 s \(Retry-After\), longer than 60 s$/);
  assert.equal(await gate.admit(signal), false);
});

test('calls cycle through the URLs, and the first wave is the calls sent before any answer', async () => {
  const gate = createSweepGate({ maxRequests: 100, maxRate: null });
  const seen: string[] = [];
  const send: SendCall = async (url) => (seen.push(url), { status: 200, retryAfterS: null });
  const point = await runSweepPoint({ urls: ['a', 'b', 'c'], inFlight: 3, batches: 1, perBatch: 6, send, gate, signal });
  assert.deepEqual(seen, ['a', 'b', 'c', 'a', 'b', 'c']);
  assert.equal(point.calls.filter((x) => x.firstWave).length, 3);
});
