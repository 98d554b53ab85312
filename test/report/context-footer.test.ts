import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextFooter } from '../../src/report/context-text.js';
import { CONTEXT } from './fixtures.js';

test('the footer names Node, CPU × cores, preset, run date and commit from the results', () => {
  assert.equal(
    contextFooter(CONTEXT),
    'Node v20.20.2 · Test CPU 3.00GHz × 8 cores · preset standard · run 2025-01-31 14:02 UTC · commit 1a2b3c4',
  );
  assert.match(contextFooter({ ...CONTEXT, git: null }), /· no git commit$/);
  assert.match(contextFooter({ ...CONTEXT, git: { commit: 'abcdef0123', dirty: true } }), /commit abcdef0 \(dirty\)$/);
});
