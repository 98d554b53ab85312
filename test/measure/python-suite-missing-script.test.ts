// The python suite's own script missing is the harness's fault, not a missing interpreter: the
// suite errors with a line naming the script, instead of being skipped as "no python3 found".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPythonSuite } from '../../bench/python.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import { fakeBase } from '../support/runner-base.js';

test('a missing child script errors the suite and names the script', async () => {
  const suite = createPythonSuite({ script: '/nonexistent/asyncbench_child.py', candidates: ['/nonexistent/python3'] });
  const file = await runSuites({ suites: [suite], context: collectContext('quick', {}), base: fakeBase(), execute: async () => {}, emit: () => {}, onUpdate: () => {} });
  const [result] = file.suites;
  assert.equal(result?.state, 'errored');
  assert.deepEqual(result?.error, {
    name: 'AsyncbenchError',
    code: 'ASYNCBENCH_ERR_SUITE',
    message: "the python suite's script is missing: /nonexistent/asyncbench_child.py",
  });
  assert.deepEqual(result?.results, []);
});
