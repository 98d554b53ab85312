// A neighbour never turns a claim ✘: a claim that fails while a result of its suite ran on a busy
// machine is not decided, with its figures; holds, and quiet suites, are left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardBusyClaims } from '../../src/model/free-capacity.js';
import type { Claim } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

const claim = (id: string, holds: boolean | null): Claim => ({ id, suite: 'mixed', statement: id, rule: 'r', holds, evidence: `figures of ${id}` });
const claims = [claim('a', true), claim('b', false), claim('c', null)];

test('a quiet suite keeps every verdict', () => {
  const suite = suiteOf('mixed', [completed('mixed', 'sequential', 100, { otherCpu: 0.3 })]);
  assert.deepEqual(guardBusyClaims(claims, suite, 2), claims);
});

test('a busy suite: the failing claim becomes not decided, the reason first and its figures kept', () => {
  const suite = suiteOf('mixed', [completed('mixed', 'sequential', 100, { otherCpu: 0.2 }), completed('mixed', 'worker-pool', 60, { otherCpu: 1.04 })]);
  const guarded = guardBusyClaims(claims, suite, 2);
  assert.deepEqual(
    guarded.map((c) => c.holds),
    [true, null, null],
  );
  assert.equal(
    guarded[1]?.evidence,
    'not decided: other processes held up to 1.04 of 2 cores while the mixed suite ran (1 of its results on a busy machine), and the rule fails under them; measured: figures of b',
  );
  assert.equal(guarded[2]?.evidence, 'figures of c');
});
