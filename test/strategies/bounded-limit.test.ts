import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeClock } from '../support/fake-clock.js';
import { createBounded } from '../../src/strategies/bounded.js';
import { fakeExecutor, fakeTask } from '../support/fake-executor.js';

test('bounded keeps at most k tasks in flight: 10 tasks of 10 ms with k = 3 take ceil(10/3)*10 ms', async () => {
  const clock = new FakeClock();
  const fake = fakeExecutor(clock);
  const strategy = createBounded({ execute: fake.execute, concurrency: 3, workers: 1 });
  const tasks = Array.from({ length: 10 }, (_, i) => fakeTask(`t${i}`, 10));
  const outcome = await clock.run(strategy.runBatch(tasks));
  assert.deepEqual(outcome, { completed: 10, failed: 0 });
  assert.equal(fake.maxInFlight(), 3);
  assert.equal(clock.now(), 40);
  assert.deepEqual(fake.started.slice(0, 3), ['t0', 't1', 't2']);
});

test('bounded with k >= N behaves like concurrent', async () => {
  const clock = new FakeClock();
  const fake = fakeExecutor(clock);
  const strategy = createBounded({ execute: fake.execute, concurrency: 50, workers: 1 });
  await clock.run(strategy.runBatch(Array.from({ length: 5 }, (_, i) => fakeTask(`t${i}`, 10))));
  assert.equal(clock.now(), 10);
  assert.equal(fake.maxInFlight(), 5);
});
