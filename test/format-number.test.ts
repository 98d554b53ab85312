// The one plain-number formatter, against hand-written expectations: 3 significant digits, no
// trailing zeros, whole numbers from 1000 up, never an exponent in the range a bench produces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatNumber } from '../src/format.js';

const CASES: Array<[number, string]> = [
  [0, '0'],
  [0.0123456, '0.0123'],
  [0.5, '0.5'],
  [1, '1'],
  [1.2, '1.2'],
  [1.996, '2'],
  [12.345, '12.3'],
  [99.96, '100'],
  [520.4, '520'],
  [999.4, '999'],
  [1234.5, '1235'],
  [123456.7, '123457'],
  [-4.567, '-4.57'],
  [Number.NaN, 'NaN'],
  [Number.POSITIVE_INFINITY, 'Infinity'],
];

test('formatNumber gives 3 significant digits, whole numbers from 1000 up', () => {
  for (const [x, expected] of CASES) assert.equal(formatNumber(x), expected, String(x));
});
