// Ctrl-C (the run's signal aborted) while the files part reads: the part records nothing and the
// slow-file mount is gone when the suite returns. Real FUSE; skipped, saying why, without it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createPythonSuite } from '../../bench/python.js';
import { probeSlowFiles, slowFileMounts } from '../../servers/slow-files.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import { filesOnlyPython } from '../support/fake-python.js';
import { fakeBase } from '../support/runner-base.js';

const fuse = await probeSlowFiles(['python3', '/usr/bin/python3']);
const skip = fuse.ok ? false : `FUSE is not usable here (${fuse.tried.join('; ')}): npm run setup -- --fuse installs it`;
const ours = () => slowFileMounts(readFileSync('/proc/mounts', 'utf8')).filter((m) => m.includes(`-${process.pid}-`));

test('aborted in the middle of the files part: nothing recorded, no mount left', { skip, timeout: 60_000 }, async () => {
  if (!fuse.ok) return;
  const suite = createPythonSuite({
    candidates: [filesOnlyPython(fuse.python)],
    sizes: {
      article: { delaysMs: [1, 2, 3], samples: 1 },
      io: { tasks: 2, delayMs: 1, budget: { timeMs: 0, minSamples: 1 } },
      cpu: { tasks: 2, cpuMs: 1, budget: { timeMs: 0, minSamples: 1 } },
      // Long enough to be cut: 12 reads of 200 ms one by one, 10 times.
      files: { tasks: 12, delayMs: 200, threads: [2], budget: { timeMs: 0, minSamples: 10 } },
    },
  });
  const controller = new AbortController();
  let mountedWhenAborted: string[] = [];
  const base = fakeBase(controller.signal);
  const file = await runSuites({
    suites: [suite],
    context: collectContext('quick', {}),
    base: { ...base, options: { runs: 1, python: null, tasks: null, delayMs: null, cpuMs: null, concurrency: 4, workers: 2 } as never },
    execute: async () => {},
    emit: (e) => {
      if (e.type === 'measure-start' && e.label.startsWith('python: files')) {
        setTimeout(() => {
          mountedWhenAborted = ours();
          controller.abort();
        }, 1500);
      }
    },
    onUpdate: () => {},
  });
  assert.equal(mountedWhenAborted.length, 1, 'the mount was up while the part read');
  assert.deepEqual((file.suites[0]?.results ?? []).filter((r) => r.workload === 'file'), []);
  assert.deepEqual(ours(), [], 'the mount is gone');
});
