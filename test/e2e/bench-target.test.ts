import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startIoServer } from '../../servers/io-server.js';
import type { CompletedResult, ResultsFile } from '../../src/results/schema.js';
import { startBench } from './run-bench.js';

const out = mkdtempSync(join(tmpdir(), 'asyncbench-target-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('--target: the io suite calls the given endpoint and models it with the measured latency of one call', { timeout: 60_000 }, async () => {
  // "The user's API": a delay server of our own, answering after 40 ms.
  const api = await startIoServer({ port: 0 });
  try {
    const target = `${api.url}/delay?ms=40`;
    const run = startBench(['--preset', 'quick', '--suite', 'io', '--tasks', '6', '--strategies', 'sequential,concurrent', '--target', target, '--out', out]);
    const { code } = await run.exit;
    assert.equal(code, 0, run.stderr());
    assert.match(run.stderr(), /one call takes \d+(\.\d+)? ms/);
    const file = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as ResultsFile;
    const results = file.suites[0]?.results as CompletedResult[];
    assert.deepEqual(
      results.map((r) => r.strategy),
      ['sequential', 'concurrent'],
    );
    const d = Number(results[0]?.params.delayMs);
    // Measured, not assumed: at least the server's 40 ms, and not wildly more.
    assert.ok(d >= 40 && d < 400, `measured d = ${d}`);
    assert.equal(results[0]?.ideal, 6 * d);
    assert.deepEqual(file.suites[0]?.params.target, [target]);
    assert.ok((results[1]?.speedup ?? 0) > 2);
  } finally {
    await api.close();
  }
});
