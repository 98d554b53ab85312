// With --runs R > 1, each suite's first progress line names the run; one run prints as before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../src/cli/progress.js';

function line(run?: number, runs?: number): string {
  let text = '';
  const emit = createProgress({ write: (s: string) => (text += s), isTTY: false });
  emit({ type: 'suite-start', suite: 'io', title: 'I/O', index: 0, total: 2, ...(run ? { run, runs } : {}) });
  return text;
}

test('run 2/5 before the suite counter; nothing for a single run', () => {
  assert.equal(line(2, 5), 'run 2/5 [1/2] io: I/O\n');
  assert.equal(line(1, 1), '[1/2] io: I/O\n');
  assert.equal(line(), '[1/2] io: I/O\n');
});
