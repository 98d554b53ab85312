// The python suite's contract: the one JSON document a part prints is validated before use, and
// whatever else comes back (not JSON, a refused shape, a non-zero exit with a traceback, no
// interpreter at all) is one line. Fake interpreters, canned output, no Python.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPythonPart } from '../../src/measure/python-child.js';
import { fakePython, printLine, probeDoc } from '../support/fake-python.js';

const run = (python: string, part: 'probe' | 'cpu' = 'probe') =>
  runPythonPart({ python, script: 'child.py', part, timeoutMs: 10_000, signal: new AbortController().signal });

const traceback = [
  'Traceback (most recent call last):',
  '  File "child.py", line 1, in <module>',
  '    import httpx',
  "ModuleNotFoundError: No module named 'httpx'",
].join('\n');

const cases: Array<[string, string, string | null]> = [
  ['a valid document', printLine(probeDoc()), null],
  ['output that is not JSON', printLine('hello from python'), 'printed something that is not JSON: hello from python'],
  ['a document of another version', printLine('{"kind":"asyncbench-python","version":2}'), 'printed a document asyncbench does not accept (version: Invalid input: expected 1)'],
  ['no output', 'exit 0', 'printed no JSON document'],
  ['a missing module', `${printLine(traceback, 'stderr')}\nexit 1`, "exited with code 1: ModuleNotFoundError: No module named 'httpx'"],
];

for (const [name, body, reason] of cases) {
  test(`a part that prints ${name}`, async () => {
    const outcome = await run(fakePython(body));
    if (reason === null) {
      assert.equal(outcome.state, 'completed');
      assert.equal(outcome.state === 'completed' ? outcome.value.python.version : '', '3.11.2');
    } else assert.deepEqual(outcome, { state: 'errored', reason });
  });
}

test('an interpreter that is not there is one line naming it', async () => {
  assert.deepEqual(await run('/nonexistent/python3'), { state: 'errored', reason: '/nonexistent/python3: not found' });
});

test('a document for another part than the one asked for is refused', async () => {
  const outcome = await run(fakePython(printLine(probeDoc('io', '0.23.3', { strategies: [] }))), 'cpu');
  assert.deepEqual(outcome, { state: 'errored', reason: 'answered part io when asked for cpu' });
});
