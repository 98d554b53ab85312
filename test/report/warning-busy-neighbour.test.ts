import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runWarnings } from '../../src/report/rows.js';
import { completeRun } from './fixtures.js';

test('a CPU result measured next to busy neighbours (a quarter of the 8 cores: >= 2) gets one warning naming it', () => {
  const run = completeRun();
  const cpu = run.suites.find((s) => s.name === 'cpu');
  const pool = cpu?.results.find((r) => r.strategy === 'worker-pool');
  assert.ok(pool && pool.state === 'completed');
  pool.otherCpu = 2.4;
  const io = run.suites.find((s) => s.name === 'io')?.results[0];
  if (io?.state === 'completed') io.otherCpu = 4; // the servers answer I/O: never warned about
  const warnings = runWarnings(run).filter((w) => w.startsWith('Short of CPU'));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /cpu\/worker-pool \(2\.4\)/);
  assert.doesNotMatch(warnings[0] ?? '', /io\//);
});

test('no warning when neighbours stayed under a quarter of the cores', () => {
  const run = completeRun();
  for (const s of run.suites) for (const r of s.results) if (r.state === 'completed') r.otherCpu = 1.99;
  assert.deepEqual(
    runWarnings(run).filter((w) => w.startsWith('Short of CPU')),
    [],
  );
});
