import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadClaims } from '../../src/model/load-claims.js';
import type { Result } from '../../src/results/schema.js';
import { loadPoint } from './load-builder.js';
import { suiteOf } from './results-builder.js';

/** The thesis on 2 cores, c = 2 ms, d = 100 ms: figures like a good standard run. */
function thesis(): Result[] {
  return [
    loadPoint('io', 1, 10, 101, 10),
    loadPoint('io', 10, 99, 101, 100),
    loadPoint('io', 100, 970, 102, 1000),
    loadPoint('io', 1000, 8400, 113, 10_000),
    loadPoint('cpu', 1, 420, 2.3, 500),
    loadPoint('cpu', 10, 450, 22, 500),
    loadPoint('cpu', 100, 460, 200, 500),
    loadPoint('cpu', 1000, 440, 1900, 500),
    loadPoint('cpu-pool', 1, 480, 2, 500),
    loadPoint('cpu-pool', 10, 930, 11, 1000),
    loadPoint('cpu-pool', 100, 950, 105, 1000),
    loadPoint('cpu-pool', 1000, 940, 1000, 1000),
  ];
}

const decide = (results: Result[]) => loadClaims(suiteOf('load', results), 2).map((c) => [c.id, c.holds]);

test('load claims hold on a run that shows the thesis', () => {
  assert.deepEqual(decide(thesis()), [
    ['load.io-throughput-grows', true],
    ['load.cpu-throughput-flat', true],
    ['load.cpu-latency-linear', true],
    ['load.cpu-pool-scales-to-cores', true],
  ]);
});

test('I/O growth: a 10x step must give at least 2.5x', () => {
  const run = thesis();
  run[3] = loadPoint('io', 1000, 970 * 2.5, 113, 10_000);
  assert.equal(loadClaims(suiteOf('load', run), 2)[0]?.holds, true);
  run[3] = loadPoint('io', 1000, 970 * 2.4, 113, 10_000);
  assert.equal(loadClaims(suiteOf('load', run), 2)[0]?.holds, false);
});

test('CPU flat: a point 40% below the median fails; a median far from 1000/c fails', () => {
  const run = thesis();
  run[7] = loadPoint('cpu', 1000, 250, 1900, 500);
  assert.equal(loadClaims(suiteOf('load', run), 2)[1]?.holds, false);
  const slow = thesis().map((r) => (r.strategy === 'cpu' && r.state === 'completed' ? loadPoint('cpu', r.point.connections ?? 0, 200, 5, 500) : r));
  assert.equal(loadClaims(suiteOf('load', slow), 2)[1]?.holds, false);
});

test('CPU latency: the mean (here equal to p50) must lie within 0.5-2x C*c at every C >= 10', () => {
  const run = thesis();
  run[6] = loadPoint('cpu', 100, 460, 99, 500); // 0.495 x 200 ms
  assert.equal(loadClaims(suiteOf('load', run), 2)[2]?.holds, false);
  run[6] = loadPoint('cpu', 100, 460, 100, 500); // exactly 0.5x
  assert.equal(loadClaims(suiteOf('load', run), 2)[2]?.holds, true);
});

test('pool: must reach 60% of cores*1000/c, and nothing above 1.3x of it', () => {
  const flat = thesis().map((r) => (r.strategy === 'cpu-pool' ? loadPoint('cpu-pool', r.point.connections ?? 0, 500, 5, 1000) : r));
  assert.equal(loadClaims(suiteOf('load', flat), 2)[3]?.holds, false);
  const over = thesis();
  over[11] = loadPoint('cpu-pool', 1000, 1400, 1000, 1000);
  assert.equal(loadClaims(suiteOf('load', over), 2)[3]?.holds, false);
});

test('missing targets leave the claims undecided, never guessed', () => {
  const claims = loadClaims(suiteOf('load', []), 2);
  assert.deepEqual(
    claims.map((c) => c.holds),
    [null, null, null, null],
  );
  assert.match(claims[0]?.evidence ?? '', /^not measured/);
  assert.deepEqual(decide([{ workload: 'io', strategy: 'io', point: { connections: 1 }, params: {}, state: 'errored', error: { name: 'LoadError', message: 'x' } }])[0], [
    'load.io-throughput-grows',
    null,
  ]);
});
