// Every harness error class from a table (after undici's errors tests): its name, stable code, exit
// code, and how results.json records it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AsyncbenchError, CallTimeoutError, ERROR_CODES, HttpStatusError, InvalidOptionError, InvalidResultsError, TestbedMismatchError, serializeError } from '../../src/errors.js';

const CASES: Array<[Error, string, string, number | null]> = [
  [new InvalidOptionError('--tasks must be an integer'), 'InvalidOptionError', 'ASYNCBENCH_ERR_INVALID_OPTION', 2],
  [new InvalidResultsError('not a results file'), 'InvalidResultsError', 'ASYNCBENCH_ERR_INVALID_RESULTS', 2],
  [new TestbedMismatchError('a -> b'), 'TestbedMismatchError', 'ASYNCBENCH_ERR_TESTBED', 2],
  [new AsyncbenchError('ASYNCBENCH_ERR_WORKER', 'pool died'), 'AsyncbenchError', 'ASYNCBENCH_ERR_WORKER', 1],
  [new AsyncbenchError('ASYNCBENCH_ERR_INTERRUPTED', 'stopped'), 'AsyncbenchError', 'ASYNCBENCH_ERR_INTERRUPTED', 130],
  // A task failure: recorded in the result, never ends a command, so no exit code.
  [new HttpStatusError(503, 'http://127.0.0.1:1/delay'), 'HttpStatusError', 'ASYNCBENCH_ERR_HTTP_STATUS', null],
  [new CallTimeoutError(500, 'http://127.0.0.1:1/slow'), 'CallTimeoutError', 'ASYNCBENCH_ERR_CALL_TIMEOUT', null],
];

test('each error class has its name, a stable code and the documented exit code', () => {
  for (const [error, name, code, exit] of CASES) {
    assert.ok(error instanceof Error);
    assert.equal(error.name, name);
    assert.equal((error as { code?: string }).code, code);
    assert.equal(error instanceof AsyncbenchError ? error.exitCode : null, exit, name);
    assert.deepEqual(serializeError(error), { name, message: error.message, code });
  }
});

test('every code maps to an exit code of the README (1, 2 or 130)', () => {
  for (const [code, exit] of Object.entries(ERROR_CODES)) assert.ok([1, 2, 130].includes(exit), code);
});
