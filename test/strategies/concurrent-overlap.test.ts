import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeClock } from '../support/fake-clock.js';
import { createConcurrent } from '../../src/strategies/concurrent.js';
import { fakeExecutor, fakeTask } from '../support/fake-executor.js';

test('concurrent starts every task at once and takes the time of the slowest', async () => {
  const clock = new FakeClock();
  const fake = fakeExecutor(clock);
  const strategy = createConcurrent({ execute: fake.execute, concurrency: 1, workers: 1 });
  const tasks = [fakeTask('a', 10), fakeTask('b', 30), fakeTask('c', 20), fakeTask('d', 5)];
  const outcome = await clock.run(strategy.runBatch(tasks));
  assert.deepEqual(outcome, { completed: 4, failed: 0 });
  assert.equal(clock.now(), 30);
  assert.equal(fake.maxInFlight(), 4);
  assert.deepEqual(fake.finished, ['d', 'a', 'c', 'b']);
});
