import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportError } from '../../src/cli/exit.js';
import { AsyncbenchError, InvalidOptionError } from '../../src/errors.js';

/** A Node file-system error as fs throws it. */
const fsError = (): NodeJS.ErrnoException =>
  Object.assign(new Error("ENOTDIR: not a directory, mkdir '/x/results.json/sub'"), { code: 'ENOTDIR', errno: -20, syscall: 'mkdir' });

/** [case, error, fileSystemErrorsAreUsage, exit code, the stderr output]. */
const CASES: Array<[string, () => unknown, boolean, number, RegExp]> = [
  ['a bad option: its message, exit 2', () => new InvalidOptionError('--alpha must be a number'), false, 2, /^cmd: --alpha must be a number\n$/],
  ['an interruption: its message, exit 130', () => new AsyncbenchError('ASYNCBENCH_ERR_INTERRUPTED', 'interrupted'), false, 130, /^cmd: interrupted\n$/],
  ['a failed bench run: exit 1', () => new AsyncbenchError('ASYNCBENCH_ERR_SUITE', 'bench failed'), true, 1, /^cmd: bench failed\n$/],
  ['a file-system error when they are usage errors: one line, exit 2', fsError, true, 2, /^cmd: ENOTDIR: not a directory, mkdir '\/x\/results\.json\/sub'\n$/],
  ['a file-system error otherwise: a bug, with its stack, exit 1', fsError, false, 1, /^cmd: unexpected error: Error: ENOTDIR: not a directory.*\n {4}at /s],
  ['any other error: a bug, with its stack, exit 1', () => new TypeError('x is undefined'), true, 1, /^cmd: unexpected error: TypeError: x is undefined\n {4}at /],
  ['something thrown that is not an Error', () => 'a string', false, 1, /^cmd: unexpected error: a string\n$/],
];

for (const [name, error, fileSystemErrorsAreUsage, code, output] of CASES) {
  test(name, () => {
    let written = '';
    const stderr = { write: (s: string) => (written += s) };
    assert.equal(reportError('cmd', error(), { fileSystemErrorsAreUsage, stderr }), code);
    assert.match(written, output);
  });
}
