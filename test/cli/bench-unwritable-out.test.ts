// bench with an --out it cannot write: exit 3 (internal), one line on stderr, never 1 ("a suite errored").
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { benchCommand } from '../../src/cli/bench.js';
import type { SuiteDefinition } from '../../src/measure/suite.js';

const dir = mkdtempSync(join(tmpdir(), 'asyncbench-bench-unwritable-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A suite that measures nothing: the run reaches its first write at once. */
const EMPTY: SuiteDefinition = { name: 'empty', title: 'Nothing', params: () => ({}), run: async () => {}, claims: () => [] };

test('an --out under a regular file: exit 3 and one line naming the path', async () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a folder');
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} };
  const code = await benchCommand(['--suite', 'empty', '--quiet', '--wait-for-idle', '0', '--out', join(file, 'out')], { suites: [EMPTY], render: async () => [], summarize: () => '' }, io);
  assert.equal(code, 3, stderr);
  // On a busy machine the bench's one-line notice comes first (a warning, shown under --quiet too).
  const lines = stderr.trimEnd().split('\n').filter((line) => !line.startsWith('asyncbench: warning: other processes'));
  assert.deepEqual(lines, [`asyncbench: ENOTDIR: not a directory, mkdir '${join(file, 'out')}'`]);
  assert.equal(stdout, '');
});
