// Why concurrency stops paying against an endpoint, decided from hand-built sweep data: each reason
// on figures like those measured here (Python's http.server, our CPU server without threads, our
// I/O server), and a borderline case of each, just inside and just outside its line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, kneeOf, type SweepPoint, TARGET_RULES, isSynRetry } from '../../src/model/target-sweep.js';
import type { SweepFigures } from '../../src/results/schema.js';

/** A point: k, throughput, p50, and whatever figures the case needs. */
function point(k: number, rps: number, p50: number, f: Partial<SweepFigures> = {}): SweepPoint {
  const calls = f.calls ?? 100;
  return {
    k,
    rps,
    figures: {
      inFlight: k,
      calls,
      statusCodes: { '200': calls },
      errors: { timeout: 0, reset: 0, refused: 0, other: 0 },
      latency: { p50, p90: p50, p99: p50, max: p50, mean: p50 },
      histogram: [],
      synRetryCalls: 0,
      firstWaveFast: [k, k, k],
      retryAfterS: null,
      clientCpu: 0.2,
      ...f,
    },
  };
}
const kinds = (points: SweepPoint[]) => diagnose(points).map((r) => r.kind);

test('the knee: the last k before a doubling that gains less than 15%; a short step asks for its share', () => {
  const pts = [point(1, 100, 10), point(2, 200, 10), point(4, 229, 17), point(8, 300, 27)];
  assert.equal(kneeOf(pts)?.k, 2); // 229 < 200 * 1.15 = 230
  assert.equal(kneeOf([point(1, 100, 10), point(2, 200, 10), point(4, 230, 17)])?.k, 4);
  // 16 -> 20 is 0.32 of a doubling: it needs 1.15^0.32 = 4.6% more.
  assert.equal(kneeOf([point(1, 50, 20), point(16, 800, 20), point(20, 836, 24)])?.k, 16);
  assert.equal(kneeOf([point(1, 50, 20), point(16, 800, 20), point(20, 838, 24)])?.k, 20);
});

test('none: it scales to the largest k (our I/O server)', () => {
  const pts = [point(1, 45, 22), point(2, 88, 22), point(4, 173, 22), point(8, 320, 24), point(16, 621, 24), point(20, 719, 26)];
  assert.deepEqual(kinds(pts), ['none']);
  assert.match(diagnose(pts)[0]?.text ?? '', /^none: it scales to the largest k tried \(k = 20: 16x/);
});

test('a connection backlog: calls about 1 s late from some k, and how many the server took at once (Python http.server)', () => {
  const pts = [
    point(1, 233, 3.2),
    point(2, 520, 2.5),
    point(4, 932, 3.5),
    point(8, 38, 8.9, { calls: 120, synRetryCalls: 6, firstWaveFast: [8, 6, 7] }),
    point(16, 52, 11.5, { calls: 192, synRetryCalls: 28, firstWaveFast: [7, 7, 7] }),
  ];
  const [reason] = diagnose(pts);
  assert.equal(reason?.kind, 'backlog');
  assert.match(reason?.text ?? '', /^a connection backlog: from k = 8, 6 of 120 calls took about 1 s or 3 s longer .* the server accepts about 7 connections at once$/);
  // Borderline: 5% of calls late is a backlog, 4.9% is not.
  const at = (late: number) => kinds([point(1, 233, 3.2), point(8, 38, 8.9, { calls: 1000, synRetryCalls: late, firstWaveFast: [7] })]);
  assert.ok(at(50).includes('backlog'));
  assert.ok(!at(49).includes('backlog'));
});

test('a SYN retransmit is about 1 s or 3 s of extra time, nothing in between', () => {
  assert.ok(isSynRetry(1003, 3));
  assert.ok(isSynRetry(3020, 10));
  assert.ok(!isSynRetry(500, 3));
  assert.ok(!isSynRetry(2200, 3));
  assert.ok(!isSynRetry(803 - 1, 3));
});

test('serialisation: flat throughput, latency linear in k, and Little\'s law names the requests at a time (our CPU server)', () => {
  const pts = [point(1, 140, 7), point(2, 165, 11.9), point(4, 189, 16), point(8, 189, 36.6), point(16, 159, 93.6), point(20, 157, 119)];
  const [reason] = diagnose(pts);
  assert.equal(reason?.kind, 'serialisation');
  // 157 req/s x 7 ms = 1.1 requests in the server.
  assert.match(reason?.text ?? '', /by Little's law the server handles about 1\.1 requests at a time$/);
  // Borderline: throughput past the knee at 1.25x the knee's is flat, at 1.26x it is not.
  const flat = (last: number) => kinds([point(1, 100, 10), point(2, 100, 20), point(16, last, 160)]);
  assert.ok(flat(125).includes('serialisation'));
  assert.ok(!flat(126).includes('serialisation'));
  // ...and latency must grow near linearly: 0.6 x (16/2) x 20 ms = 96 ms.
  assert.ok(kinds([point(1, 100, 10), point(2, 100, 20), point(16, 100, 96)]).includes('serialisation'));
  assert.ok(!kinds([point(1, 100, 10), point(2, 100, 20), point(16, 100, 95)]).includes('serialisation'));
});

test('rate limiting: a 429, or a 503 with Retry-After; a 503 without one is not', () => {
  const limited = kinds([point(1, 100, 10), point(4, 110, 36, { statusCodes: { '200': 90, '429': 10 }, retryAfterS: 2 })]);
  assert.equal(limited[0], 'rate-limit');
  assert.ok(kinds([point(1, 100, 10), point(4, 110, 36, { statusCodes: { '200': 99, '503': 1 }, retryAfterS: 1 })]).includes('rate-limit'));
  assert.ok(!kinds([point(1, 100, 10), point(4, 110, 36, { statusCodes: { '200': 99, '503': 1 } })]).includes('rate-limit'));
  assert.match(diagnose([point(1, 100, 10), point(4, 110, 36, { statusCodes: { '200': 90, '429': 10 }, retryAfterS: 2 })])[0]?.text ?? '', /^rate limiting: 10 answers 429 .* from k = 4, Retry-After up to 2 s \(honoured\)$/);
});

test('errors: resets, refusals and timeouts from 5% of calls at a point', () => {
  const at = (n: number) => kinds([point(1, 100, 10), point(8, 120, 60, { calls: 100, errors: { timeout: n, reset: 0, refused: 0, other: 0 } })]);
  assert.ok(at(5).includes('errors'));
  assert.ok(!at(4).includes('errors'));
  assert.equal(TARGET_RULES.errorShare, 0.05);
});

test("the client's own limit: past the knee the bench process used a core, and nothing else explains it", () => {
  const busy = (cpu: number) => kinds([point(1, 1000, 1), point(2, 1900, 1), point(4, 2000, 2, { clientCpu: cpu }), point(8, 2050, 4, { clientCpu: cpu })]);
  assert.deepEqual(busy(0.85), ['client-limit']);
  // Below the line the same curve reads as the server's own serialisation.
  assert.deepEqual(busy(0.84), ['serialisation']);
});

test('a knee no known cause fits is said as such', () => {
  assert.deepEqual(kinds([point(1, 100, 10), point(2, 200, 10), point(4, 205, 10)]), ['unknown']);
});
