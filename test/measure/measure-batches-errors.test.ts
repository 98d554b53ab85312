import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeClock } from '../support/fake-clock.js';
import { measureBatches } from '../../src/measure/measure-batches.js';
import { createMockStrategy } from '../support/mock-strategy.js';
import type { TaskSpec } from '../../src/workloads/task.js';

const tasks: TaskSpec[] = Array.from({ length: 5 }, () => ({ kind: 'cpu', cpuMs: 1, itersPerMs: 1 }));
const base = { tasks, warmup: [], timeMs: 0, minSamples: 3, monitorEventLoop: false } as const;

test('failing tasks are counted across samples and the first error is kept', async () => {
  const clock = new FakeClock();
  const strategy = createMockStrategy({ clock, batchMs: () => 10, fails: (i) => (i === 1 ? 2 : i === 2 ? 1 : 0) });
  const m = await measureBatches({ ...base, strategy, now: clock.now });
  assert.equal(m.state, 'completed');
  assert.equal(m.samples.length, 3);
  assert.equal(m.taskErrors, 3);
  assert.match(m.firstTaskError?.message ?? '', /2 failed in batch 1/);
});

test('a batch that throws (e.g. a crashed worker) makes the result errored', async () => {
  const clock = new FakeClock();
  const strategy = createMockStrategy({ clock, batchMs: () => 10, crashOnBatch: 1 });
  const m = await measureBatches({ ...base, strategy, now: clock.now });
  assert.equal(m.state, 'errored');
  if (m.state === 'errored') assert.match(m.error.message, /batch 1 crashed/);
});

test('a strategy that cannot prepare makes the result errored, with its message', async () => {
  const clock = new FakeClock();
  const strategy = createMockStrategy({ clock, batchMs: () => 10, prepareError: new Error('no threads') });
  const m = await measureBatches({ ...base, strategy, now: clock.now });
  assert.deepEqual(m, { state: 'errored', error: { name: 'Error', message: 'no threads' } });
});

test('an aborted signal stops sampling and marks the measurement aborted', async () => {
  const clock = new FakeClock();
  const controller = new AbortController();
  const strategy = createMockStrategy({
    clock,
    batchMs: (_n, i) => {
      if (i === 1) controller.abort();
      return 10;
    },
  });
  const m = await measureBatches({ ...base, minSamples: 100, strategy, now: clock.now, signal: controller.signal });
  assert.equal(m.state, 'aborted');
  assert.ok(m.samples.length < 100);
});
