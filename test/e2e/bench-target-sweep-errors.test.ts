// The target sweep ends at the first point where more than half the calls failed, with one line
// saying so; the point itself is recorded, its failed calls as task errors.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startIoServer } from '../../servers/io-server.js';
import type { CompletedResult, ResultsFile } from '../../src/results/schema.js';
import { startBench } from './run-bench.js';

const out = mkdtempSync(join(tmpdir(), 'asyncbench-sweep-errors-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('every call answered 500: the sweep stops after k = 1 with one line', { timeout: 90_000 }, async () => {
  const api = await startIoServer({ port: 0 });
  try {
    const dir = join(out, 'errors');
    const run = startBench(['--preset', 'quick', '--suite', 'target', '--tasks', '4', '--target', `${api.url}/delay?ms=1&status=500`, '--no-charts', '--out', dir]);
    await run.exit;
    assert.match(run.stderr(), /warning: target sweep stopped after k = 1: (\d+) of \1 calls failed \(more than 50%\)/);
    const file = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsFile;
    const results = file.suites[0]?.results as CompletedResult[];
    assert.deepEqual(results.map((r) => r.sweep?.inFlight), [1]);
    assert.equal(results[0]?.taskErrors, results[0]?.sweep?.calls);
    assert.equal(results[0]?.sweep?.statusCodes['500'], results[0]?.sweep?.calls);
  } finally {
    await api.close();
  }
});
