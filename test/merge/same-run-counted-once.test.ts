import assert from 'node:assert/strict';
import { test } from 'node:test';
import { merge } from '../../src/merge/merge.js';
import { machineRun, ONE_CORE, TWO_CORES } from './fixtures.js';

test('the same run given twice is one machine, with one line naming both files', () => {
  const run = machineRun(ONE_CORE);
  const { merged, notes } = merge([
    { source: 'a.json', results: run },
    { source: 'b.json', results: machineRun(TWO_CORES) },
    { source: 'copy/a.json', results: structuredClone(run) },
  ]);
  assert.deepEqual(
    merged.machines.map((m) => [m.label, m.source]),
    [
      ['linux-1c', 'a.json'],
      ['linux-2c', 'b.json'],
    ],
  );
  assert.equal(merged.inputs.length, 2);
  assert.deepEqual(notes, ['a.json and copy/a.json are the same run (label linux-1c, started 2025-01-01T00:00:00.000Z): counted once']);
});

test('copies of one run under distinct labels are distinct machines, with nothing to say', () => {
  const run = machineRun(ONE_CORE);
  const relabelled = structuredClone(run);
  relabelled.context.testbed = { key: run.context.testbed?.key ?? '', label: 'copy-2' };
  const { merged, notes } = merge([
    { source: 'a.json', results: run },
    { source: 'b.json', results: relabelled },
  ]);
  assert.deepEqual(merged.machines.map((m) => m.label), ['linux-1c', 'copy-2']);
  assert.deepEqual(notes, []);
});
