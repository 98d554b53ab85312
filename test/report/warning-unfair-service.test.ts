// A load point where connections were not served evenly is a finding the report names, with the
// starved share: never silently folded into a latency verdict.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOAD_RULES } from '../../src/model/load-claims.js';
import { runWarnings } from '../../src/report/rows.js';
import { loadPoint } from '../model/load-builder.js';
import { completeRun } from './fixtures.js';

function runWith(starvedShare: number) {
  const run = completeRun();
  const point = loadPoint('cpu', 100, 480, 90, 500);
  if (point.load) point.load.fairness = { connections: 100, minPerConnection: 0, maxPerConnection: 10, starvedShare };
  run.suites.push({ name: 'load', title: 'load', state: 'completed', params: {}, startedAt: run.context.startedAt, durationMs: 1, results: [point] });
  return runWarnings(run).filter((w) => w.startsWith('Connections were not served evenly'));
}

test('a starved share from starvedFindingShare up is named with its point and share', () => {
  const [warning] = runWith(0.54);
  assert.match(warning ?? '', /at load\/cpu\/cpu \(connections=100\) \(54%\)/);
  assert.equal(runWith(LOAD_RULES.starvedFindingShare).length, 1);
});

test('below starvedFindingShare: no finding', () => {
  assert.deepEqual(runWith(LOAD_RULES.starvedFindingShare - 0.01), []);
});
