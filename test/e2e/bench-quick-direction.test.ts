import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { validateResults } from '../../src/results/read.js';
import type { CompletedResult, ResultsFile } from '../../src/results/schema.js';
import { startBench } from './run-bench.js';

const out = mkdtempSync(join(tmpdir(), 'asyncbench-e2e-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('a quick run on the real servers: valid results.json, and the main effects point the right way', { timeout: 120_000 }, async () => {
  const run = startBench(['--preset', 'quick', '--suite', 'io,cpu', '--out', out]);
  const { code } = await run.exit;
  assert.equal(code, 0, run.stderr());

  const file: ResultsFile = validateResults(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')), 'results.json');
  assert.equal(file.status, 'completed');
  assert.equal(file.context.preset, 'quick');
  assert.deepEqual(
    file.suites.map((s) => [s.name, s.state]),
    [
      ['io', 'completed'],
      ['cpu', 'completed'],
    ],
  );
  const get = (suite: string, strategy: string): CompletedResult => {
    const r = file.suites.find((s) => s.name === suite)?.results.find((x) => x.strategy === strategy);
    assert.equal(r?.state, 'completed', `${suite}/${strategy}`);
    return r as CompletedResult;
  };
  for (const suite of ['io', 'cpu']) {
    for (const strategy of ['sequential', 'concurrent', 'bounded', 'worker-pool']) {
      const r = get(suite, strategy);
      assert.ok(r.samples.length >= 5, `${suite}/${strategy} has ${r.samples.length} samples`);
      assert.equal(r.taskErrors, 0);
      assert.ok(r.stats.ci.low <= r.stats.median && r.stats.median <= r.stats.ci.high);
    }
  }
  // The thesis, with generous margins: 20 concurrent 20 ms calls are far faster than 20 in a row
  // (ideal 20x); concurrency on one thread does not speed up CPU work (ideal 1x).
  const ioSpeedup = get('io', 'concurrent').speedup ?? 0;
  const cpuSpeedup = get('cpu', 'concurrent').speedup ?? 0;
  assert.ok(ioSpeedup > 5, `io concurrent speedup ${ioSpeedup}`);
  assert.ok(cpuSpeedup > 0.6 && cpuSpeedup < 1.4, `cpu concurrent speedup ${cpuSpeedup}`);
  assert.ok(get('cpu', 'worker-pool').poolStartupMs !== undefined);
  assert.ok(file.claims.some((c) => c.id === 'io.concurrent-speedup'));
  assert.match(run.stdout(), /Concurrency speeds up I\/O-bound work/);
});
