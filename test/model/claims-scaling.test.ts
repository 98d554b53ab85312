// scaling claims from hand-built sweeps: every rule's edge, and the evidence naming the first N
// whose efficiency falls below SCALING_RULES.ioEfficiencyNoted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCALING_RULES, scalingClaims } from '../../src/model/scaling-claims.js';
import { completed, suiteOf } from './results-builder.js';

const io = (n: number, speedup: number, efficiency: number) =>
  completed('io', 'concurrent', 20, { point: { tasks: n }, speedup, efficiency });
const pool = (w: number, speedup: number) => completed('cpu', 'worker-pool', 100 / speedup, { point: { workers: w }, speedup });

function claims(ioSpeedups: Array<[number, number, number]>, pools: Array<[number, number]>) {
  return scalingClaims(suiteOf('scaling', [...ioSpeedups.map(([n, s, e]) => io(n, s, e)), ...pools.map(([w, s]) => pool(w, s))]), 2);
}

test('scaling claims hold when I/O speedup rises with N and threads stop paying at the core count', () => {
  const [grows, capped] = claims(
    [
      [1, 1, 1],
      [10, 8.8, 0.88],
      [100, 49, 0.49],
    ],
    [
      [1, 0.95],
      [2, 1.86],
      [4, 1.86 * SCALING_RULES.beyondCoresTolerance],
    ],
  );
  assert.equal(grows?.holds, true);
  assert.match(grows?.evidence ?? '', /efficiency first below 50% at N=100$/);
  assert.equal(capped?.holds, true);
});

test('scaling claims fail when a larger N saves less, or W past the cores keeps gaining', () => {
  const [grows, capped] = claims(
    [
      [1, 1, 1],
      [10, 8.8, 0.88],
      [100, 8.8, 0.088],
    ],
    [
      [2, 1.86],
      [4, 1.87 * SCALING_RULES.beyondCoresTolerance],
    ],
  );
  assert.equal(grows?.holds, false);
  assert.equal(capped?.holds, false);
});

test('the saving decides, not the speedup: a speedup that peaks and falls while the saving still grows holds', () => {
  // Equal medians (20 ms): saved = 20 × (speedup − 1), so a falling speedup is a falling saving.
  const [grows] = claims(
    [
      [1, 1, 1],
      [300, 85, 0.2],
      [10_000, 42, 0.003],
    ],
    [],
  );
  assert.equal(grows?.holds, false, 'with equal medians a falling speedup is a falling saving');
  const io2 = (n: number, speedup: number, median: number) => completed('io', 'concurrent', median, { point: { tasks: n }, speedup, efficiency: 0.1 });
  const [rising] = scalingClaims(suiteOf('scaling', [io2(1, 1, 6), io2(300, 85, 22.5), io2(10_000, 41.6, 1532)]), 2);
  assert.equal(rising?.holds, true);
  assert.match(rising?.evidence ?? '', /N=10000: 41\.6x, saves 62199 ms; speedup peaks at N=300 \(85x\)/);
});

test('the pool at W = cores must reach poolShareOfIdeal of W', () => {
  const w2 = 2 * SCALING_RULES.poolShareOfIdeal;
  const [, atEdge] = claims([], [[2, w2], [4, w2]]);
  const [, below] = claims([], [[2, w2 - 0.01], [4, w2]]);
  assert.equal(atEdge?.holds, true);
  assert.equal(below?.holds, false);
});

test('scaling claims are undecided (null) without a sweep', () => {
  assert.deepEqual(
    scalingClaims(undefined, 2).map((c) => c.holds),
    [null, null, null],
  );
});
