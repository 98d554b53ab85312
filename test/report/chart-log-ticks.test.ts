import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logTickLabel } from '../../src/report/charts/axes.js';

test('log axes label only 1, 2 and 5 times a power of ten', () => {
  assert.deepEqual([0.1, 0.2, 0.3, 1, 5, 7, 20, 5000, 20000].map(logTickLabel), ['0.1', '0.2', null, '1', '5', null, '20', '5000', '20k']);
});
