// A threadpool child that exits 0 without a valid report is errored too, and says what it printed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runThreadpoolChild } from '../../src/measure/threadpool-child.js';

const fakeChild = fileURLToPath(new URL('../support/fake-threadpool-child.js', import.meta.url));
const spec = { script: fakeChild, poolSize: 3, calls: 1, iterations: 1, timeMs: 0, minSamples: 1, timeoutMs: 60_000 };

test('a report that does not match the contract errors the point with the first bad line', async () => {
  const outcome = await runThreadpoolChild(spec, { signal: new AbortController().signal });
  assert.equal(outcome.state, 'errored');
  assert.match(
    outcome.state === 'errored' ? outcome.error.message : '',
    /^threadpool child \(UV_THREADPOOL_SIZE=3\) exited without a report \(it printed: \{"type":"report","poolSize":"3"\} \(calls: .+\)\)$/,
  );
});

test('a script that is not there errors the point with node\'s own words', async () => {
  const outcome = await runThreadpoolChild({ ...spec, script: `${fakeChild}.missing` }, { signal: new AbortController().signal });
  assert.match(outcome.state === 'errored' ? outcome.error.message : '', /exited with code 1; stderr: Error: Cannot find module '.*fake-threadpool-child.js.missing'$/);
});
