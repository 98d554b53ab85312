import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { AsyncbenchError } from '../src/errors.js';
import { git, gitOrNull } from '../src/git.js';

let dir = '';
before(() => {
  // A folder outside any repository (git may not look above it): every command that needs one fails there.
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'asyncbench-git-')));
  process.env.GIT_CEILING_DIRECTORIES = dirname(dir);
});
after(() => {
  delete process.env.GIT_CEILING_DIRECTORIES;
  rmSync(dir, { recursive: true, force: true });
});

test('git() returns trimmed stdout; gitOrNull() the same when git succeeds', () => {
  assert.match(git(['--version'], dir), /^git version \d/);
  assert.equal(gitOrNull(['--version'], dir), git(['--version'], dir));
});

test('git() throws one ASYNCBENCH_ERR_GIT line naming the command and git\'s first stderr line', () => {
  assert.throws(
    () => git(['rev-parse', '--show-toplevel'], dir),
    (error: unknown) =>
      error instanceof AsyncbenchError &&
      error.code === 'ASYNCBENCH_ERR_GIT' &&
      error.exitCode === 2 &&
      /^git rev-parse --show-toplevel: fatal: not a git repository/.test(error.message) &&
      !error.message.includes('\n'),
  );
});

test('gitOrNull() returns null where git() throws', () => {
  assert.equal(gitOrNull(['rev-parse', 'HEAD'], dir), null);
});
