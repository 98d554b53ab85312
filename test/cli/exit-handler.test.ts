import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportError } from '../../src/cli/exit.js';
import { AsyncbenchError, InvalidOptionError } from '../../src/errors.js';

/** A Node file-system error as fs throws it. */
const fsError = (): NodeJS.ErrnoException =>
  Object.assign(new Error("ENOTDIR: not a directory, mkdir '/x/results.json/sub'"), { code: 'ENOTDIR', errno: -20, syscall: 'mkdir' });

/** The servers' start error: it carries a harness code without being an AsyncbenchError (servers/ import nothing from src/). */
const serverStartError = (): Error => Object.assign(new Error('the I/O server did not start'), { code: 'ASYNCBENCH_ERR_SERVER_START' });

/** [case, error, fileSystemErrorsAreUsage, exit code, the stderr output]. */
const CASES: Array<[string, () => unknown, boolean, number, RegExp]> = [
  ['a bad option: its message, exit 2', () => new InvalidOptionError('--alpha must be a number'), false, 2, /^cmd: --alpha must be a number\n$/],
  ['an interruption: its message, exit 130', () => new AsyncbenchError('ASYNCBENCH_ERR_INTERRUPTED', 'interrupted'), false, 130, /^cmd: interrupted\n$/],
  ['a failed bench run: exit 1', () => new AsyncbenchError('ASYNCBENCH_ERR_SUITE', 'bench failed'), true, 1, /^cmd: bench failed\n$/],
  ['an error with a harness code, not an AsyncbenchError: its message, its code (1)', serverStartError, false, 1, /^cmd: the I\/O server did not start\n$/],
  ['a file-system error when they are usage errors: one line, exit 2', fsError, true, 2, /^cmd: ENOTDIR: not a directory, mkdir '\/x\/results\.json\/sub'\n$/],
  ['a file-system error otherwise: internal, one line without a stack, exit 3', fsError, false, 3, /^cmd: ENOTDIR: not a directory, mkdir '\/x\/results\.json\/sub'\n$/],
  ['any other error: a bug, with its stack, exit 3', () => new TypeError('x is undefined'), true, 3, /^cmd: unexpected error: TypeError: x is undefined\n {4}at /],
  ['an error whose code is not a harness or errno code: a bug, exit 3', () => Object.assign(new Error('boom'), { code: 'ERR_ASSERTION' }), false, 3, /^cmd: unexpected error: Error: boom\n {4}at /],
  ['something thrown that is not an Error', () => 'a string', false, 3, /^cmd: unexpected error: a string\n$/],
];

for (const [name, error, fileSystemErrorsAreUsage, code, output] of CASES) {
  test(name, () => {
    let written = '';
    const stderr = { write: (s: string) => (written += s) };
    assert.equal(reportError('cmd', error(), { fileSystemErrorsAreUsage, stderr }), code);
    assert.match(written, output);
  });
}
