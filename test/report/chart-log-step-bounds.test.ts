import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logStepBounds } from '../../src/report/charts/axes.js';

test('tight log bounds stop at the 1, 2, 5 steps around the values, with room above', () => {
  assert.deepEqual(logStepBounds([0.8, 1, 20]), { min: 0.5, max: 50 });
  assert.deepEqual(logStepBounds([1, 100]), { min: 0.5, max: 200 });
  assert.deepEqual(logStepBounds([2.5, 4]), { min: 2, max: 10 });
  assert.deepEqual(logStepBounds([0.06, 3]), { min: 0.05, max: 5 });
  assert.deepEqual(logStepBounds([]), { min: 0.1, max: 10 });
});
