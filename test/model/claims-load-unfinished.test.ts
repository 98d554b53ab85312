// The latency claim reads Little's mean wait, unfinished requests included, never the p50: a run
// that starves some connections has a low p50 and a mean at C*c, and is decided by the mean.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadClaims } from '../../src/model/load-claims.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { loadPoint } from './load-builder.js';
import { suiteOf } from './results-builder.js';

function starved(p50: number, meanWithUnfinishedMs: number | undefined): CompletedResult {
  const point = loadPoint('cpu', 100, 480, p50, 500);
  if (point.load) {
    point.load.latency.mean = p50 * 1.2;
    if (meanWithUnfinishedMs !== undefined) point.load.latency = { ...point.load.latency, meanWithUnfinishedMs, unfinished: 100, maxUnfinishedAgeMs: 1000 };
    point.load.fairness = { connections: 100, minPerConnection: 0, maxPerConnection: 10, starvedShare: 0.54 };
  }
  return point;
}

const latencyClaim = (p: CompletedResult) =>
  loadClaims(suiteOf('load', [loadPoint('cpu', 10, 480, 21, 500), p]), 2).find((c) => c.id === 'load.cpu-latency-linear');

test('p50 at 0.45x C*c but the mean with unfinished at 1.0x: holds, and the evidence says why', () => {
  const claim = latencyClaim(starved(90, 203));
  assert.equal(claim?.holds, true);
  assert.match(claim?.evidence ?? '', /C=100: mean 203 ms vs C\*c 200 ms \(1\.01x; 100 unfinished, longest 1000 ms, 54% of connections starved, p50 90 ms\)/);
});

test('the mean with unfinished below 0.5x C*c fails', () => {
  assert.equal(latencyClaim(starved(90, 99))?.holds, false);
});

test('a file without the unfinished figures is decided by the mean of the answers', () => {
  assert.equal(latencyClaim(starved(90, undefined))?.holds, true); // mean 108 ms = 0.54x
  assert.equal(latencyClaim(starved(80, undefined))?.holds, false); // mean 96 ms = 0.48x
});
