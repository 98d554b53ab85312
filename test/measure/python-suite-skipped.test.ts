// Without a python3 that has httpx, the python suite is skipped with one warning line that names
// the setup flag; it records no results, its claims are not decided, and the run goes on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPythonSuite } from '../../bench/python.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { ProgressEvent } from '../../src/measure/suite.js';
import { fakePython, printLine, probeDoc } from '../support/fake-python.js';
import { fakeBase } from '../support/runner-base.js';

test('no suitable interpreter: one line naming npm run setup -- --python, no results, claims undecided', async () => {
  const withoutHttpx = fakePython(printLine(probeDoc('probe', null)));
  const suite = createPythonSuite({ candidates: ['/nonexistent/python3', withoutHttpx] });
  const events: ProgressEvent[] = [];
  const file = await runSuites({
    suites: [suite],
    context: collectContext('quick', {}),
    base: fakeBase(),
    execute: async () => {},
    emit: (e) => events.push(e),
    onUpdate: () => {},
  });
  const warnings = events.filter((e) => e.type === 'warning');
  assert.equal(warnings.length, 1);
  const line = warnings[0]?.type === 'warning' ? warnings[0].message : '';
  assert.ok(!line.includes('\n'), 'one line');
  assert.match(line, /^python suite skipped: no python3 with httpx found; install it with `npm run setup -- --python`, or pick one with --python PATH \(tried /);
  assert.match(line, /\/nonexistent\/python3: not found; .*\/fake\/python3\): no httpx\)$/);
  const [result] = file.suites;
  assert.equal(result?.state, 'completed');
  assert.deepEqual(result?.results, []);
  assert.match(String(result?.params.skipped), /npm run setup -- --python/);
  const python = file.claims.filter((c) => c.suite === 'python');
  assert.equal(python.length, 6);
  for (const claim of python) {
    assert.equal(claim.holds, null, claim.id);
    assert.match(claim.evidence, /^not measured: no python3 with httpx found/);
  }
});
