// A threadpool child that dies ends its point as errored, with its exit code or signal and the tail
// of its stderr, and the sweep goes on to the next size (a fake child: no work, no timing).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createThreadpoolSuite } from '../../bench/threadpool.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { ProgressEvent } from '../../src/measure/suite.js';
import { fakeBase } from '../support/runner-base.js';

const fakeChild = fileURLToPath(new URL('../support/fake-threadpool-child.js', import.meta.url));

test('a dead child errors its own point with its reason; the other sizes complete', async () => {
  const suite = createThreadpoolSuite({
    childScript: fakeChild,
    sizes: { poolSizes: [1, 2, 4, 8], calls: 2, iterations: 1, budget: { timeMs: 0, minSamples: 1 } },
  });
  const events: ProgressEvent[] = [];
  const file = await runSuites({
    suites: [suite],
    context: collectContext('quick', {}),
    base: fakeBase(),
    execute: async () => {},
    emit: (e) => events.push(e),
    onUpdate: () => {},
  });
  const results = file.suites[0]?.results ?? [];
  assert.equal(file.suites[0]?.state, 'completed');
  assert.deepEqual(
    results.map((r) => [r.point.poolSize, r.strategy, r.state]),
    [1, 2, 4, 8].flatMap((size) =>
      ['sync', 'async-serial', 'async-all'].map((s) => [size, s, size === 2 || size === 4 ? 'errored' : 'completed']),
    ),
  );
  const reason = (size: number) => {
    const r = results.find((x) => x.point.poolSize === size && x.strategy === 'async-all');
    if (r?.state !== 'errored') throw new assert.AssertionError({ message: `size ${size} did not error` });
    return r.error;
  };
  assert.deepEqual(reason(2), {
    name: 'AsyncbenchError',
    code: 'ASYNCBENCH_ERR_WORKER',
    message: 'threadpool child (UV_THREADPOOL_SIZE=2) exited with code 7; stderr: fake child: starting | fake child: out of memory',
  });
  assert.equal(reason(4).message, 'threadpool child (UV_THREADPOOL_SIZE=4) was killed by SIGKILL; stderr: fake child: about to be killed');
  // The sizes after the dead ones were measured, with speedups against sync at their own size.
  const all8 = results.find((x) => x.point.poolSize === 8 && x.strategy === 'async-all');
  assert.equal(all8?.state === 'completed' ? all8.speedup : null, 8);
  // Progress saw every result end, the errored ones with their reason.
  const ends = events.filter((e) => e.type === 'measure-end');
  assert.equal(ends.length, 12);
});
