// A warning (a sweep point skipped) is one line on stderr, written once even when --runs meets it
// again, and it clears a live TTY line first so it is never drawn over.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../src/cli/progress.js';

test('a warning is one line, written once per bench', () => {
  let text = '';
  const emit = createProgress({ write: (s: string) => (text += s), isTTY: false });
  const message = 'scaling: N=10000 skipped: it needs about 10256 open files';
  emit({ type: 'warning', message });
  emit({ type: 'suite-start', suite: 'scaling', title: 'Scaling', index: 0, total: 1, run: 2, runs: 2 });
  emit({ type: 'warning', message });
  assert.deepEqual(text.trimEnd().split('\n'), [`asyncbench: warning: ${message}`, 'run 2/2 [1/1] scaling: Scaling']);
});

test('on a TTY the live line is cleared before the warning', () => {
  let text = '';
  const emit = createProgress({ write: (s: string) => (text += s), isTTY: true });
  emit({ type: 'measure-start', suite: 'scaling', label: 'concurrent N=3000' });
  emit({ type: 'warning', message: 'x skipped' });
  assert.ok(text.endsWith('\r\x1b[2Kasyncbench: warning: x skipped\n'), JSON.stringify(text));
});
