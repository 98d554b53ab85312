import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { merge } from '../../src/merge/merge.js';
import { formatMergedJson } from '../../src/merge/merged.js';
import { readInputs } from '../../src/merge/read.js';
import { machineRun, ONE_CORE, TWO_CORES, twoMachines } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'asyncbench-merge-flatten-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a merged.json given again reads as the runs it holds, and a run also given on its own is counted once', () => {
  const previous = join(dir, 'merged.json');
  writeFileSync(previous, formatMergedJson(merge(twoMachines()).merged));
  const again = join(dir, 'two.json');
  writeFileSync(again, JSON.stringify(machineRun(TWO_CORES)));
  const third = join(dir, 'three.json');
  writeFileSync(third, JSON.stringify(machineRun({ ...ONE_CORE, label: 'linux-1c-node22', node: 'v22.21.0' })));

  const inputs = readInputs([previous, again, third]);
  assert.deepEqual(inputs.map((i) => i.source), [`${previous} inputs[0]`, `${previous} inputs[1]`, again, third]);
  const { merged, notes } = merge(inputs);
  assert.deepEqual(merged.machines.map((m) => m.label), ['linux-1c', 'linux-2c', 'linux-1c-node22']);
  assert.deepEqual(notes, [`${previous} inputs[1] and ${again} are the same run (label linux-2c, started 2025-01-01T01:00:00.000Z): counted once`]);
});

test('an input of a merged.json that is not a valid results file is named by its place in the file', () => {
  const path = join(dir, 'bad-merged.json');
  const merged = JSON.parse(formatMergedJson(merge(twoMachines()).merged)) as { inputs: Array<{ schemaVersion: unknown }> };
  (merged.inputs[1] as { schemaVersion: unknown }).schemaVersion = 'two';
  writeFileSync(path, JSON.stringify(merged));
  assert.throws(() => readInputs([path]), {
    code: 'ASYNCBENCH_ERR_INVALID_RESULTS',
    message: `${path} inputs[1]: schemaVersion must be a whole number from 1 (got "two")`,
  });
});
