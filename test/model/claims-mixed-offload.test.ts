import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mixedClaims } from '../../src/model/mixed-claims.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { mixedResult, modelRun } from './mixed-builder.js';
import { suiteOf } from './results-builder.js';

const offloadClaim = (results: CompletedResult[]) => mixedClaims(suiteOf('mixed', results), 2).find((c) => c.id === 'mixed.offload-beats-both');
/** The model run with offload's result at `share` replaced. */
const withOffload = (share: number, median: number, p99 = 1.5) =>
  modelRun().map((r) => (r.strategy === 'offload' && r.point.cpuShare === share ? mixedResult('offload', share, median, p99) : r));

test('offload claim: holds on the model, judged only at shares strictly between 0 and 1', () => {
  // f = 0.25: offload 15 + 4*5 = 35 ms vs concurrent 55; f = 0.75: 5 + 4*15 = 65 vs pool 80.
  const claim = offloadClaim(modelRun());
  assert.equal(claim?.holds, true);
  assert.match(claim?.evidence ?? '', /f=25%: offload 35 ms vs concurrent 55 ms \(1\.57x\), loop p99 1\.5 vs pool 1 \+ 5 ms/);
  assert.match(claim?.evidence ?? '', /f=75%: offload 65 ms vs worker-pool 80 ms/);
  assert.doesNotMatch(claim?.evidence ?? '', /f=0%|f=100%/);
  // Slower than concurrent at f = 0 decides nothing: the claim is about mixing.
  assert.equal(offloadClaim(withOffload(0, 500))?.holds, true);
});

test('offload claim: fails when slower than the better pure strategy at one intermediate share', () => {
  assert.equal(offloadClaim(withOffload(0.75, 80))?.holds, false); // a tie with the pool is not a win
  assert.equal(offloadClaim(withOffload(0.75, 79.9))?.holds, true);
});

test("offload claim: fails when its loop waited a task's CPU part longer than the pool's (p99 + max(c, 5 ms))", () => {
  // f = 0.25: c = 5 ms, the floor; pool p99 1 ms.
  assert.equal(offloadClaim(withOffload(0.25, 35, 1 + 5))?.holds, true);
  assert.equal(offloadClaim(withOffload(0.25, 35, 1 + 5.1))?.holds, false);
  // f = 0.75: c = 15 ms.
  assert.equal(offloadClaim(withOffload(0.75, 65, 1 + 15))?.holds, true);
  assert.equal(offloadClaim(withOffload(0.75, 65, 1 + 15.1))?.holds, false);
});

test('offload claim: undecided without offload, and when the loop delay was not measured', () => {
  assert.equal(offloadClaim(modelRun().filter((r) => r.strategy !== 'offload'))?.holds, null);
  const noLoop = modelRun().map((r) => (r.strategy === 'offload' ? { ...r, eventLoopDelay: null } : r));
  const claim = offloadClaim(noLoop);
  assert.equal(claim?.holds, null);
  assert.match(claim?.evidence ?? '', /loop p99 not measured/);
});
