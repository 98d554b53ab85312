import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextFooter } from '../../src/report/context-text.js';
import { colorFor, STRATEGY_COLORS } from '../../src/report/palette.js';
import { logTickLabel } from '../../src/report/charts/axes.js';
import { CONTEXT } from './fixtures.js';

test('each strategy has one fixed colour, and unknown names get a stable one', () => {
  assert.equal(colorFor('concurrent'), STRATEGY_COLORS.concurrent);
  assert.equal(colorFor('mystery-strategy'), colorFor('mystery-strategy'));
  assert.match(colorFor('mystery-strategy'), /^#[0-9a-f]{6}$/);
  const core = ['sequential', 'concurrent', 'bounded', 'worker-pool'].map(colorFor);
  assert.equal(new Set(core).size, 4, 'core strategies are told apart');
});

test('the footer names Node, CPU × cores, preset, run date and commit from the results', () => {
  assert.equal(
    contextFooter(CONTEXT),
    'Node v20.20.2 · Test CPU 3.00GHz × 8 cores · preset standard · run 2025-01-31 14:02 UTC · commit 1a2b3c4',
  );
  assert.match(contextFooter({ ...CONTEXT, git: null }), /· no git commit$/);
  assert.match(contextFooter({ ...CONTEXT, git: { commit: 'abcdef0123', dirty: true } }), /commit abcdef0 \(dirty\)$/);
});

test('log axes label only 1, 2 and 5 times a power of ten', () => {
  assert.deepEqual([0.1, 0.2, 0.3, 1, 5, 7, 20, 5000, 20000].map(logTickLabel), ['0.1', '0.2', null, '1', '5', null, '20', '5000', '20k']);
});
