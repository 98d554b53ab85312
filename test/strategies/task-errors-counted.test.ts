import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeClock } from '../support/fake-clock.js';
import { createStrategy } from '../../src/strategies/registry.js';
import { fakeExecutor, fakeTask } from '../support/fake-executor.js';

for (const name of ['sequential', 'concurrent', 'bounded'] as const) {
  test(`${name}: failing tasks are counted, the batch still completes every task`, async () => {
    const clock = new FakeClock();
    const fake = fakeExecutor(clock);
    const strategy = createStrategy(name, { execute: fake.execute, concurrency: 2, workers: 1 });
    const tasks = [fakeTask('a', 10), fakeTask('b', 10, true), fakeTask('c', 10), fakeTask('d', 10, true)];
    const outcome = await clock.run(strategy.runBatch(tasks));
    assert.equal(outcome.completed, 2);
    assert.equal(outcome.failed, 2);
    assert.match(String((outcome.firstError as Error).message), /task b failed/);
    assert.equal(fake.finished.length, 4);
  });
}
