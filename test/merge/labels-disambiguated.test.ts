import assert from 'node:assert/strict';
import { test } from 'node:test';
import { merge } from '../../src/merge/merge.js';
import { machineRun, ONE_CORE } from './fixtures.js';

test('distinct runs sharing a label become columns label, label (2), ... with one line saying so', () => {
  const run = (startedAt: string) => machineRun({ ...ONE_CORE, startedAt });
  const { merged, notes } = merge([
    { source: 'a.json', results: run('2025-01-01T00:00:00.000Z') },
    { source: 'b.json', results: run('2025-01-02T00:00:00.000Z') },
    { source: 'c.json', results: run('2025-01-03T00:00:00.000Z') },
  ]);
  assert.deepEqual(merged.machines.map((m) => m.label), ['linux-1c', 'linux-1c (2)', 'linux-1c (3)']);
  assert.deepEqual(merged.claims[0]?.cells.map((c) => c.machine), ['linux-1c', 'linux-1c (2)', 'linux-1c (3)']);
  assert.deepEqual(notes, ['3 different runs are labelled linux-1c (a.json, b.json, c.json): named linux-1c, linux-1c (2), linux-1c (3)']);
});

test('a disambiguated name never takes a label another run already has', () => {
  const taken = machineRun({ ...ONE_CORE, label: 'linux-1c (2)', startedAt: '2025-01-05T00:00:00.000Z' });
  const { merged } = merge([
    { source: 'a.json', results: machineRun(ONE_CORE) },
    { source: 'b.json', results: machineRun({ ...ONE_CORE, startedAt: '2025-01-02T00:00:00.000Z' }) },
    { source: 'c.json', results: taken },
  ]);
  assert.deepEqual(merged.machines.map((m) => m.label), ['linux-1c', 'linux-1c (3)', 'linux-1c (2)']);
});
