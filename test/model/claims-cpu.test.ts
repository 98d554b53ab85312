import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuClaims } from '../../src/model/cpu-claims.js';
import { completed, suiteOf } from './results-builder.js';

const params = { tasks: 16, cpuMs: 20, workers: 2 };
const loop = (p99: number) => ({ p50: p99 / 2, p99, max: p99, mean: p99 / 2 });

function run(concurrentSpeedup: number, poolSpeedup: number, concurrentP99: number, poolP99: number) {
  return cpuClaims(
    suiteOf('cpu', [
      completed('cpu', 'sequential', 320, { params, speedup: 1, eventLoopDelay: loop(320) }),
      completed('cpu', 'concurrent', 320 / concurrentSpeedup, { params, speedup: concurrentSpeedup, eventLoopDelay: loop(concurrentP99) }),
      completed('cpu', 'worker-pool', 320 / poolSpeedup, { params, speedup: poolSpeedup, eventLoopDelay: loop(poolP99), poolStartupMs: 40 }),
    ]),
    2,
  );
}

test('cpu claims hold for the thesis: concurrent ~1x, pool near cores, loop blocked only on the main thread', () => {
  const claims = run(1.02, 1.9, 320, 1.5);
  assert.deepEqual(
    claims.map((c) => [c.id, c.holds]),
    [
      ['cpu.concurrent-no-benefit', true],
      ['cpu.pool-speedup', true],
      ['cpu.event-loop-blocked', true],
    ],
  );
});

test('the no-benefit band is 1 +/- 0.15, inclusive', () => {
  assert.equal(run(1.15, 1.9, 320, 1)[0]?.holds, true);
  assert.equal(run(1.16, 1.9, 320, 1)[0]?.holds, false);
  assert.equal(run(0.84, 1.9, 320, 1)[0]?.holds, false);
});

test('the pool must reach 70% of min(W, cores)', () => {
  assert.equal(run(1, 1.4, 320, 1)[1]?.holds, true);
  assert.equal(run(1, 1.39, 320, 1)[1]?.holds, false);
});

test('event-loop claim fails when the pool also blocks the loop or the main thread does not', () => {
  // pool p99 above max(1 * c, 5) = 20 ms: the loop waited longer than one task
  assert.equal(run(1, 1.9, 320, 20)[2]?.holds, true);
  assert.equal(run(1, 1.9, 320, 20.1)[2]?.holds, false);
  // concurrent p99 below 0.5 * c = 10 ms
  assert.equal(run(1, 1.9, 9, 1)[2]?.holds, false);
});
