import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../src/cli/progress.js';
import type { Result } from '../../src/results/schema.js';
import { completed } from '../model/results-builder.js';

function feed(isTTY: boolean): string {
  let text = '';
  const emit = createProgress({ write: (s: string) => (text += s), isTTY });
  const result: Result = completed('io', 'concurrent', 21.5, { taskErrors: 2 });
  emit({ type: 'suite-start', suite: 'io', title: 'I/O', index: 0, total: 2 });
  emit({ type: 'measure-start', suite: 'io', label: 'concurrent' });
  emit({ type: 'sample', suite: 'io', label: 'concurrent', index: 0, ms: 21.5 });
  emit({ type: 'measure-end', suite: 'io', label: 'concurrent', result });
  emit({ type: 'measure-end', suite: 'io', label: 'worker-pool', result: { ...result, state: 'errored', error: { name: 'Error', message: 'no threads' } } });
  emit({ type: 'suite-end', suite: 'io', state: 'completed', durationMs: 1234 });
  return text;
}

test('not a TTY: plain lines only, one per finished strategy, errors and task errors shown', () => {
  const text = feed(false);
  assert.ok(!text.includes('\r') && !text.includes('\x1b'), 'no control characters');
  assert.deepEqual(text.trimEnd().split('\n'), [
    '[1/2] io: I/O',
    '  concurrent                  21.5 ms  ±0%  (3 samples, 2 task errors)',
    '  worker-pool              errored: no threads',
    '  io completed in 1.2 s',
  ]);
});

test('a TTY: a live line redrawn per sample, cleared before the final line', () => {
  const text = feed(true);
  const clearLine = '\r\x1b[2K';
  assert.ok(text.includes(`${clearLine}  concurrent  sample 1: 21.5 ms`), JSON.stringify(text));
  assert.ok(text.includes(`${clearLine}  concurrent                  21.5 ms`), JSON.stringify(text));
});
