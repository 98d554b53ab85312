// In the threadpool suite the speedup reference is `sync` at the same pool size, as `sequential` is
// elsewhere: each size's async results are divided into that size's own sync median.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applySpeedups, isReferenceStrategy } from '../../src/model/derive.js';
import { completed } from './results-builder.js';

test('async results get their speedup from sync at the same poolSize', () => {
  const at = (poolSize: number) => ({ point: { poolSize } });
  const results = applySpeedups([
    completed('cpu', 'sync', 40, at(1)),
    completed('cpu', 'async-all', 50, at(1)),
    completed('cpu', 'sync', 44, at(2)),
    completed('cpu', 'async-all', 22, at(2)),
  ]);
  assert.deepEqual(
    results.map((r) => (r.state === 'completed' ? [r.strategy, r.point.poolSize, r.speedup, r.runs[0]?.speedup] : null)),
    [
      ['sync', 1, 1, 1],
      ['async-all', 1, 0.8, 0.8],
      ['sync', 2, 1, 1],
      ['async-all', 2, 2, 2],
    ],
  );
  assert.deepEqual(['sequential', 'sync', 'async-all', 'concurrent'].map(isReferenceStrategy), [true, true, false, false]);
});
