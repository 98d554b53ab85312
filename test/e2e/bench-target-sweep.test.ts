// A tiny real sweep against a loopback delay server: the target suite records one point per k
// (sequential at 1, bounded between, concurrent at N) with its figures, throughput grows with k
// against a server that never queues, and the claims say so; the request cap stops it with a line.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startIoServer } from '../../servers/io-server.js';
import type { CompletedResult, ResultsFile } from '../../src/results/schema.js';
import { startBench } from './run-bench.js';

const out = mkdtempSync(join(tmpdir(), 'asyncbench-sweep-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('a sweep of k = 1, 2, 4 against a 10 ms server: points, figures, growing throughput, claims', { timeout: 90_000 }, async () => {
  const api = await startIoServer({ port: 0 });
  try {
    const dir = join(out, 'sweep');
    const run = startBench(['--preset', 'quick', '--suite', 'target', '--tasks', '4', '--target', `${api.url}/delay?ms=10`, '--no-charts', '--out', dir]);
    const { code } = await run.exit;
    assert.equal(code, 0, run.stderr());
    const file = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsFile;
    const results = file.suites[0]?.results as CompletedResult[];
    assert.deepEqual(results.map((r) => [r.strategy, r.sweep?.inFlight]), [['sequential', 1], ['bounded', 2], ['concurrent', 4]]);
    for (const r of results) {
      assert.equal(r.unit, 'req/s');
      assert.equal(r.sweep?.statusCodes['200'], r.sweep?.calls);
      assert.equal(r.sweep?.synRetryCalls, 0);
    }
    const [one, , four] = results;
    assert.ok((four?.stats.median ?? 0) > 1.5 * (one?.stats.median ?? Infinity), `${four?.stats.median} vs ${one?.stats.median}`);
    assert.ok((four?.speedup ?? 0) > 1.5);
    const ids = file.claims.map((c) => c.id);
    assert.deepEqual(ids, ['target.concurrency-pays', 'target.scales-to-largest-k']);
    assert.equal(file.claims[0]?.holds, true, file.claims[0]?.evidence);
    assert.ok((file.claims[1]?.reasons ?? []).length > 0);
  } finally {
    await api.close();
  }
});

test('the request cap stops the sweep, with one line saying so', { timeout: 90_000 }, async () => {
  const api = await startIoServer({ port: 0 });
  try {
    const dir = join(out, 'cap');
    const run = startBench(['--preset', 'quick', '--suite', 'target', '--tasks', '8', '--target', `${api.url}/delay?ms=1`, '--max-requests', '150', '--no-charts', '--out', dir]);
    const { code } = await run.exit;
    assert.equal(code, 0, run.stderr());
    assert.match(run.stderr(), /warning: target sweep stopped at the request cap: 150 calls \(--max-requests\)/);
    const file = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsFile;
    const calls = (file.suites[0]?.results ?? []).reduce((sum, r) => sum + (r.state === 'completed' ? (r.sweep?.calls ?? 0) : 0), 0);
    assert.ok(calls <= 150 - 10, `${calls} timed calls`); // the 10 warm-up calls count too
  } finally {
    await api.close();
  }
});
