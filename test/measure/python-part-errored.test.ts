// A part whose interpreter fails (a missing module: exit 1 and a traceback) ends that part's results
// as errored with the exception's last line; a strategy that raised ends alone; the other parts
// and strategies are measured. A fake interpreter answers each part from canned JSON.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPythonSuite } from '../../bench/python.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import { fakePython, printLine, probeDoc } from '../support/fake-python.js';
import { fakeBase } from '../support/runner-base.js';

const done = (strategy: string, ms: number) => ({ strategy, state: 'completed', samples: [ms, ms, ms], taskErrors: 0 });
const body = [
  'case "$*" in',
  `  *"--part probe"*)\n${printLine(probeDoc())}\n;;`,
  `  *"--part article"*)\n${printLine(probeDoc('article', '0.23.3', { strategies: [done('concurrent', 320), { strategy: 'sequential', state: 'errored', error: { name: 'ConnectError', message: 'All connection attempts failed' } }] }))}\n;;`,
  `  *"--part io"*)\n${printLine("Traceback (most recent call last):\nModuleNotFoundError: No module named 'httpx'", 'stderr')}\nexit 1\n;;`,
  `  *"--part cpu"*)\n${printLine(probeDoc('cpu', '0.23.3', { calibration: { itersPerMs: 15000, iterations: 150000, taskMs: 10 }, strategies: ['sequential', 'concurrent', 'to-thread', 'thread-pool', 'process-pool'].map((s) => done(s, s === 'process-pool' ? 40 : 80)) }))}\n;;`,
  'esac',
].join('\n');

test('a failed part errors its own results with the last line; the rest is measured', async () => {
  // No FUSE candidates: the files part is skipped (its own tests cover it), whatever this machine has.
  const suite = createPythonSuite({ candidates: [fakePython(body)], fuseCandidates: [] });
  const base = fakeBase();
  const file = await runSuites({
    suites: [suite],
    context: collectContext('quick', {}),
    base: { ...base, options: { runs: 1, python: null, tasks: null, delayMs: null, cpuMs: null, concurrency: 8, workers: 2 } as never },
    execute: async () => {},
    emit: () => {},
    onUpdate: () => {},
  });
  const results = file.suites[0]?.results ?? [];
  assert.deepEqual(
    results.map((r) => [r.workload, r.strategy, r.state, r.runtime]),
    [
      ['io', 'concurrent', 'completed', 'python'],
      ['io', 'sequential', 'errored', 'python'],
      ...['sequential', 'concurrent', 'bounded', 'thread-pool'].map((s) => ['io', s, 'errored', 'python']),
      ...['sequential', 'concurrent', 'to-thread', 'thread-pool', 'process-pool'].map((s) => ['cpu', s, 'completed', 'python']),
    ],
  );
  const message = (i: number) => {
    const r = results[i];
    return r?.state === 'errored' ? r.error.message : '';
  };
  assert.equal(message(1), 'python sequential: ConnectError: All connection attempts failed');
  assert.equal(message(2), "python io part exited with code 1: ModuleNotFoundError: No module named 'httpx'");
  const pool = results.find((r) => r.strategy === 'process-pool');
  assert.equal(pool?.state === 'completed' ? pool.speedup : null, 2);
  assert.equal(pool?.params.gil, 'on');
  assert.equal(pool?.params.python, '3.11.2');
});
