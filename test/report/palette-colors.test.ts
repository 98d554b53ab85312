import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colorFor, STRATEGY_COLORS } from '../../src/report/palette.js';

test('each strategy has one fixed colour, and unknown names get a stable one', () => {
  assert.equal(colorFor('concurrent'), STRATEGY_COLORS.concurrent);
  assert.equal(colorFor('mystery-strategy'), colorFor('mystery-strategy'));
  assert.match(colorFor('mystery-strategy'), /^#[0-9a-f]{6}$/);
  const core = ['sequential', 'concurrent', 'bounded', 'worker-pool'].map(colorFor);
  assert.equal(new Set(core).size, 4, 'core strategies are told apart');
});
