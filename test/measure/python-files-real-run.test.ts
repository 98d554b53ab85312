// One real run of the python suite's files part on a tiny mount, when FUSE and a python3 with fusepy
// are here (skipped, saying why, when not): the slow-file server really mounts, the child really
// reads; the other parts answer from canned JSON (a wrapper interpreter), so only the files part
// runs for real. Structure and direction with wide margins, never an absolute time; no mount left.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createPythonSuite } from '../../bench/python.js';
import { probeSlowFiles, slowFileMounts } from '../../servers/slow-files.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { filesOnlyPython } from '../support/fake-python.js';
import { fakeBase } from '../support/runner-base.js';

const fuse = await probeSlowFiles(['python3', '/usr/bin/python3']);
const skip = fuse.ok ? false : `FUSE is not usable here (${fuse.tried.join('; ')}): npm run setup -- --fuse installs it`;

test('the files part reads a real slow mount one by one, through to_thread and through pools of k', { skip, timeout: 60_000 }, async () => {
  if (!fuse.ok) return;
  const suite = createPythonSuite({
    candidates: [filesOnlyPython(fuse.python)],
    sizes: {
      article: { delaysMs: [1, 2, 3], samples: 1 },
      io: { tasks: 2, delayMs: 1, budget: { timeMs: 0, minSamples: 1 } },
      cpu: { tasks: 2, cpuMs: 1, budget: { timeMs: 0, minSamples: 1 } },
      // N is raised to twice the default executor's threads: 12 for the canned probe's 2 CPUs.
      files: { tasks: 4, delayMs: 30, threads: [2, 12], budget: { timeMs: 0, minSamples: 2 } },
    },
  });
  const base = fakeBase();
  const file = await runSuites({
    suites: [suite],
    context: collectContext('quick', {}),
    base: { ...base, options: { runs: 1, python: null, tasks: null, delayMs: null, cpuMs: null, concurrency: 4, workers: 2 } as never },
    execute: async () => {},
    emit: () => {},
    onUpdate: () => {},
  });
  const files = (file.suites[0]?.results ?? []).filter((r) => r.workload === 'file');
  assert.deepEqual(
    files.map((r) => [r.strategy, r.state, JSON.stringify(r.point), r.runtime]),
    [
      ['sequential', 'completed', '{"tasks":12}', 'python'],
      ['to-thread', 'completed', '{"tasks":12}', 'python'],
      ['thread-pool', 'completed', '{"tasks":12,"threads":2}', 'python'],
      ['thread-pool', 'completed', '{"tasks":12,"threads":12}', 'python'],
    ],
  );
  const done = files as CompletedResult[];
  const [seq, toThread, two, twelve] = done.map((r) => r.stats.median) as [number, number, number, number];
  assert.ok(done.every((r) => r.taskErrors === 0 && r.params.delayMs === 30 && r.params.bytes === 4096));
  assert.equal(done[0]?.idealFormula, 'N*d = 12*30');
  assert.ok(Number(done[1]?.params.threads) >= 5, "to_thread reports the default executor's threads");
  // 12 reads one by one against 12 at once: far apart; 6 waves of 2 threads against one wave of 12.
  assert.ok(seq > 4 * twelve, `one by one ${seq} ms, ThreadPoolExecutor(12) ${twelve} ms`);
  assert.ok(two > 3 * twelve, `ThreadPoolExecutor(2) ${two} ms, ThreadPoolExecutor(12) ${twelve} ms`);
  assert.ok(toThread < seq / 2, `to_thread ${toThread} ms, one by one ${seq} ms`);
  assert.deepEqual(slowFileMounts(readFileSync('/proc/mounts', 'utf8')).filter((m) => m.includes(`-${process.pid}-`)), [], 'the mount is gone');
});
