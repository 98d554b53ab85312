// Where FUSE is not usable (no interpreter with fusepy, no /dev/fuse), the python suite's files part
// alone is skipped with ONE warning line naming `npm run setup -- --fuse` and what was tried; the
// other parts are measured, and python.files-to-thread-capped is not measured, saying why. Fake
// interpreters answer both the suite's parts and the slow-file server's probe.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPythonSuite } from '../../bench/python.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { ProgressEvent } from '../../src/measure/suite.js';
import { fakePython, printLine, probeDoc } from '../support/fake-python.js';
import { fakeBase } from '../support/runner-base.js';

const done = (strategy: string) => ({ strategy, state: 'completed', samples: [50, 50, 50], taskErrors: 0 });
const part = (name: string, strategies: string[], extra: Record<string, unknown> = {}) =>
  `  *"--part ${name}"*)\n${printLine(probeDoc(name, '0.23.3', { strategies: strategies.map(done), ...extra }))}\n;;`;
const suitePython = [
  'case "$*" in',
  `  *"--part probe"*)\n${printLine(probeDoc())}\n;;`,
  part('article', ['concurrent', 'sequential']),
  part('io', ['sequential', 'concurrent', 'bounded', 'thread-pool']),
  part('cpu', ['sequential', 'concurrent', 'to-thread', 'thread-pool', 'process-pool'], { calibration: { itersPerMs: 15000, iterations: 150000, taskMs: 10 } }),
  '  *) echo "asked for a part this fake does not know: $*" >&2; exit 9;;',
  'esac',
].join('\n');
/** An interpreter whose slow-file probe says it cannot serve here. */
const noFuse = fakePython(printLine(JSON.stringify({ ok: false, reason: 'no /dev/fuse', python: '3.11.2', binding: 'fusepy' })));

test('FUSE not usable: the files part alone is skipped with one line naming npm run setup -- --fuse', async () => {
  const suite = createPythonSuite({ candidates: [fakePython(suitePython)], fuseCandidates: ['/nonexistent/python3', noFuse] });
  const events: ProgressEvent[] = [];
  const base = fakeBase();
  const file = await runSuites({
    suites: [suite],
    context: collectContext('quick', {}),
    base: { ...base, options: { runs: 1, python: null, tasks: null, delayMs: null, cpuMs: null, concurrency: 8, workers: 2 } as never },
    execute: async () => {},
    emit: (e) => events.push(e),
    onUpdate: () => {},
  });
  const warnings = events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));
  assert.equal(warnings.length, 1);
  const line = warnings[0] ?? '';
  assert.ok(!line.includes('\n'), 'one line');
  assert.match(line, /^python files part skipped: FUSE is not usable here; install it with `npm run setup -- --fuse`/);
  assert.match(line, /\(tried \/nonexistent\/python3: not found; .*python3: no \/dev\/fuse\)$/);

  const results = file.suites[0]?.results ?? [];
  assert.equal(results.length, 11, 'the article, io and cpu parts are measured');
  assert.ok(results.every((r) => r.state === 'completed' && r.workload !== 'file'));
  assert.match(String(file.suites[0]?.params.filesSkipped), /npm run setup -- --fuse/);

  const claim = file.claims.find((c) => c.id === 'python.files-to-thread-capped');
  assert.equal(claim?.holds, null);
  assert.match(claim?.evidence ?? '', /^not measured: FUSE is not usable here; install it with `npm run setup -- --fuse`/);
});
