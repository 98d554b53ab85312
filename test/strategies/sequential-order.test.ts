import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeClock } from '../support/fake-clock.js';
import { createSequential } from '../../src/strategies/sequential.js';
import { fakeExecutor, fakeTask } from '../support/fake-executor.js';

test('sequential runs one task at a time, in order, taking the sum of their times', async () => {
  const clock = new FakeClock();
  const fake = fakeExecutor(clock);
  const strategy = createSequential({ execute: fake.execute, concurrency: 1, workers: 1 });
  const outcome = await clock.run(strategy.runBatch([fakeTask('a', 10), fakeTask('b', 30), fakeTask('c', 20)]));
  assert.deepEqual(outcome, { completed: 3, failed: 0 });
  assert.equal(clock.now(), 60);
  assert.equal(fake.maxInFlight(), 1);
  assert.deepEqual(fake.finished, ['a', 'b', 'c']);
});
