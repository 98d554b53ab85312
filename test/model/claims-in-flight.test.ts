// "One thread keeps thousands of I/O calls in flight", from hand-built sweeps: it holds at the
// largest N that ran when every threshold of IN_FLIGHT_RULES is met, fails when any one is missed,
// and is undecided below N = minTasks or without the sockets record.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IN_FLIGHT_RULES, IN_FLIGHT_RULE_TEXT, inFlightClaim } from '../../src/model/scaling-claims.js';
import type { CompletedResult, Suite } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

const D = 5;

interface Point {
  n: number;
  ms: number;
  sockets?: number;
  p99?: number;
  taskErrors?: number;
}

function concurrent({ n, ms, sockets = n, p99 = 12, taskErrors = 0 }: Point): CompletedResult {
  return completed('io', 'concurrent', ms, {
    point: { tasks: n },
    params: { tasks: n, delayMs: D },
    eventLoopDelay: { p50: 1, p99, max: p99 * 3, mean: 2 },
    resources: { socketsInUsePeak: sockets, rssPeakBytes: 180 * 2 ** 20 },
    taskErrors,
  });
}

const sweep = (points: Point[], params: Suite['params'] = {}): Suite => ({ ...suiteOf('scaling', points.map(concurrent)), params });

/** The bound at N: delayMultiple·d + N × perCallMs. */
const bound = (n: number) => IN_FLIGHT_RULES.delayMultiple * D + n * IN_FLIGHT_RULES.perCallMs;

test('holds at the largest N when the batch is within the bound and the sockets reach the share', () => {
  const claim = inFlightClaim(sweep([{ n: 1000, ms: 900 }, { n: 10_000, ms: 712, sockets: 10_000, p99: 24 }]));
  assert.equal(claim.holds, true);
  assert.equal(claim.rule, IN_FLIGHT_RULE_TEXT);
  assert.match(claim.evidence, /^N=10000: concurrent 712 ms \(bound 4010 ms\), 0 calls failed, 10000 sockets in use at peak \(100% of N\), event-loop p99 24 ms \(not judged\), peak RSS 180 MiB$/);
});

test('decided at the largest N only: a slow smaller point does not fail it', () => {
  assert.equal(inFlightClaim(sweep([{ n: 3000, ms: bound(3000) * 3 }, { n: 10_000, ms: 700 }])).holds, true);
});

test('fails when any one threshold is missed at the largest N', () => {
  const n = 10_000;
  const cases: Array<[string, Point]> = [
    ['slower than the bound (calls queued behind few sockets)', { n, ms: bound(n) + 1 }],
    ['sockets below the share of N (a pool of 1000)', { n, ms: 700, sockets: Math.ceil(IN_FLIGHT_RULES.socketsShareOfN * n) - 1 }],
    ['calls failed (EMFILE)', { n, ms: 700, taskErrors: 3 }],
  ];
  for (const [why, point] of cases) assert.equal(inFlightClaim(sweep([point])).holds, false, why);
  // Exactly at each threshold it still holds.
  const edge = { n, ms: bound(n), sockets: IN_FLIGHT_RULES.socketsShareOfN * n };
  assert.equal(inFlightClaim(sweep([edge])).holds, true);
  // The event loop's p99 is reported, not judged (see IN_FLIGHT_RULES).
  const busy = inFlightClaim(sweep([{ n, ms: 1500, p99: 950 }]));
  assert.equal(busy.holds, true);
  assert.match(busy.evidence, /event-loop p99 950 ms \(not judged\)/);
});

test('undecided below minTasks, without a sweep, and without the sockets record', () => {
  const small = inFlightClaim(sweep([{ n: 300, ms: 20 }], { ioTasksSkipped: [1000, 3000], openFileLimit: 512 }));
  assert.equal(small.holds, null);
  assert.match(small.evidence, /the largest N that ran is 300; it takes N >= 1000; N=1000, 3000 skipped \(open-file limit 512\)/);
  assert.equal(inFlightClaim(undefined).holds, null);
  const { resources: _r, ...bare } = concurrent({ n: 1000, ms: 100 });
  assert.equal(inFlightClaim(suiteOf('scaling', [bare])).holds, null);
  // The event loop is reported only: without its record the claim is still decided.
  assert.equal(inFlightClaim(suiteOf('scaling', [{ ...concurrent({ n: 1000, ms: 100 }), eventLoopDelay: null }])).holds, true);
});

test('an extrapolated result never decides it, and the evidence names the sequential reference', () => {
  const extrapolated = { ...concurrent({ n: 10_000, ms: 1 }), extrapolated: { from: 'one-call' as const, calls: 10_000, fromTasks: 100 } };
  const sequential = completed('io', 'sequential', 52_000, { point: { tasks: 1000 }, extrapolated: { from: 'one-call', calls: 1000, fromTasks: 100 } });
  const claim = inFlightClaim(suiteOf('scaling', [concurrent({ n: 1000, ms: 80 }), extrapolated, sequential]));
  assert.equal(claim.holds, true);
  assert.match(claim.evidence, /^N=1000: .*; sequential 52000 ms \(extrapolated\)$/);
});
