import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runWarnings } from '../../src/report/rows.js';
import { completeRun } from './fixtures.js';

test('a CPU result measured next to a busy neighbour (>= 0.5 cores) gets one warning naming it', () => {
  const run = completeRun();
  const cpu = run.suites.find((s) => s.name === 'cpu');
  const pool = cpu?.results.find((r) => r.strategy === 'worker-pool');
  assert.ok(pool && pool.state === 'completed');
  pool.otherCpu = 0.96;
  const io = run.suites.find((s) => s.name === 'io')?.results[0];
  if (io?.state === 'completed') io.otherCpu = 2; // the servers answer I/O: never warned about
  const warnings = runWarnings(run).filter((w) => w.startsWith('Other processes'));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /cpu\/worker-pool \(1\.0\)/);
  assert.doesNotMatch(warnings[0] ?? '', /io\//);
});

test('no warning when neighbours stayed under half a core', () => {
  const run = completeRun();
  for (const s of run.suites) for (const r of s.results) if (r.state === 'completed') r.otherCpu = 0.49;
  assert.deepEqual(
    runWarnings(run).filter((w) => w.startsWith('Other processes')),
    [],
  );
});
