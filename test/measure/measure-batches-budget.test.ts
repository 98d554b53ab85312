import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeClock } from '../support/fake-clock.js';
import { measureBatches } from '../../src/measure/measure-batches.js';
import { createMockStrategy } from '../support/mock-strategy.js';
import type { TaskSpec } from '../../src/workloads/task.js';

const tasks: TaskSpec[] = Array.from({ length: 4 }, () => ({ kind: 'cpu', cpuMs: 1, itersPerMs: 1 }));

async function run(batchMs: number, timeMs: number, minSamples: number) {
  const clock = new FakeClock();
  const strategy = createMockStrategy({ clock, batchMs: () => batchMs });
  const m = await measureBatches({ strategy, tasks, warmup: [], timeMs, minSamples, now: clock.now, monitorEventLoop: false });
  assert.equal(m.state, 'completed');
  return m.samples;
}

test('one sample is one whole batch, timed on the given clock', async () => {
  const samples = await run(100, 250, 3);
  assert.ok(samples.every((s) => s === 100));
});

test('sampling stops once both the time budget and the minimum are met: budget-bound', async () => {
  const samples = await run(100, 1000, 3);
  assert.ok(samples.length >= 10 && samples.length <= 11, `${samples.length} samples`);
});

test('sampling stops once both the time budget and the minimum are met: minimum-bound', async () => {
  const samples = await run(1000, 500, 4);
  assert.equal(samples.length, 4);
});

test('warm-up batch runs before timing and is not sampled', async () => {
  const clock = new FakeClock();
  const strategy = createMockStrategy({ clock, batchMs: (n) => n * 10 });
  const m = await measureBatches({
    strategy,
    tasks,
    warmup: tasks.slice(0, 1),
    timeMs: 0,
    minSamples: 3,
    now: clock.now,
    monitorEventLoop: false,
  });
  assert.equal(m.state, 'completed');
  assert.deepEqual(m.samples, [40, 40, 40]);
  assert.equal(strategy.batches, 4);
});
