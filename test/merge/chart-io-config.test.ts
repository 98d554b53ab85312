import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ioConfig } from '../../src/merge/charts/io.js';
import { merge } from '../../src/merge/merge.js';
import { machineRun, ONE_CORE, TWO_CORES } from './fixtures.js';

type Dataset = { label: string; data: Array<number | null>; yAxisID?: string; idealMarks?: Array<number | null>; valueLabels?: Array<string | null> };

const round = (values: ReadonlyArray<number | null> = []) => values.map((v) => (v === null ? null : Math.round(v * 1000) / 1000));

test('machines-io: per machine, concurrent speedup (ideal marked) on the left axis and efficiency on the right', () => {
  const bare = machineRun({ ...TWO_CORES, label: 'no-io', startedAt: '2025-01-02T00:00:00.000Z' });
  bare.suites = bare.suites.filter((s) => s.name !== 'io');
  const { merged } = merge([
    { source: 'a.json', results: machineRun(ONE_CORE) },
    { source: 'b.json', results: machineRun(TWO_CORES) },
    { source: 'c.json', results: bare },
  ]);
  const config = ioConfig(merged);
  assert.deepEqual(config.data.labels, [
    ['linux-1c', '1 core · v20.20.2'],
    ['linux-2c', '2 cores · v24.11.1'],
    ['no-io', '2 cores · v24.11.1'],
  ]);
  const [speedup, efficiency, ideal] = config.data.datasets as unknown as Dataset[];
  assert.deepEqual([speedup?.label, speedup?.yAxisID, round(speedup?.data)], ['speedup over sequential (left axis)', 'y', [18, 18.2, null]]);
  // sequential's ideal N·d = 400 ms over concurrent's d = 20 ms: 20×.
  assert.deepEqual(round(speedup?.idealMarks), [20, 20, null]);
  assert.deepEqual(speedup?.valueLabels, ['18×', '18×', null]);
  assert.deepEqual([efficiency?.label, efficiency?.yAxisID, round(efficiency?.data)], ['efficiency: ideal / measured (right axis)', 'y1', [90, 91, null]]);
  assert.deepEqual(efficiency?.valueLabels, ['90%', '91%', null]);
  assert.equal(ideal?.label, 'ideal speedup (dashed)');
  const plugins = config.options?.plugins as { title: { text: string[] }; asyncbenchNotice: { categoryNotes: Array<string | null> } };
  assert.deepEqual(plugins.asyncbenchNotice.categoryNotes, [null, null, 'no io result']);
  assert.deepEqual(plugins.title.text, [
    'Concurrent I/O per machine: speedup over sequential and efficiency',
    '18× (ideal 20×)',
    'no concurrent result in the io suite: no-io',
  ]);
  assert.equal((config.options?.scales?.y1 as { position: string }).position, 'right');
});
