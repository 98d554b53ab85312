// One real run of the python suite, when a python3 with httpx is here (skipped, saying why, when
// not): small batches against a real I/O server on 127.0.0.1; structure and direction only, with
// wide margins, never an absolute time.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createPythonSuite } from '../../bench/python.js';
import { startIoServer } from '../../servers/io-server.js';
import { collectContext } from '../../src/measure/context.js';
import { findPython } from '../../src/measure/python-child.js';
import { runSuites } from '../../src/measure/runner.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { fakeBase } from '../support/runner-base.js';

const script = fileURLToPath(new URL('../../../bench/python/asyncbench_child.py', import.meta.url));
const found = await findPython(null, script, new AbortController().signal);
const skip = found.found ? false : `no python3 with httpx here (${found.tried.join('; ')}): npm run setup -- --python installs it`;

test('the python suite measures the article, the io batch and the CPU advice in Python', { skip, timeout: 120_000 }, async () => {
  const server = await startIoServer({ port: 0 });
  try {
    const suite = createPythonSuite({
      sizes: {
        article: { delaysMs: [50, 100, 150], samples: 2 },
        io: { tasks: 8, delayMs: 40, budget: { timeMs: 0, minSamples: 2 } },
        cpu: { tasks: 4, cpuMs: 20, budget: { timeMs: 0, minSamples: 2 } },
        files: { tasks: 4, delayMs: 10, threads: [2], budget: { timeMs: 0, minSamples: 1 } },
      },
      // The files part has a test of its own (python-files-real-run): skipped here, one warning.
      fuseCandidates: [],
    });
    const base = fakeBase();
    const file = await runSuites({
      suites: [suite],
      context: collectContext('quick', {}),
      base: { ...base, servers: { ...base.servers, ioUrl: server.url }, options: { runs: 1, python: null, tasks: null, delayMs: null, cpuMs: null, concurrency: 4, workers: 2 } as never },
      execute: async () => {},
      emit: () => {},
      onUpdate: () => {},
    });
    const results = file.suites[0]?.results ?? [];
    assert.deepEqual(
      results.map((r) => `${r.workload}/${r.strategy}${r.point.calls ? '/article' : ''}:${r.state}`),
      [
        'io/concurrent/article:completed',
        'io/sequential/article:completed',
        ...['sequential', 'concurrent', 'bounded', 'thread-pool'].map((s) => `io/${s}:completed`),
        ...['sequential', 'concurrent', 'to-thread', 'thread-pool', 'process-pool'].map((s) => `cpu/${s}:completed`),
      ],
    );
    const get = (workload: string, strategy: string, article = false) =>
      results.find((r): r is CompletedResult => r.state === 'completed' && r.workload === workload && r.strategy === strategy && (r.point.calls !== undefined) === article);
    // The article's gather is well below the same calls one by one (300 ms of waits against 150).
    assert.ok((get('io', 'concurrent', true)?.stats.median ?? Infinity) < 0.8 * (get('io', 'sequential', true)?.stats.median ?? 0));
    // 8 calls at once beat 8 one by one by a wide margin.
    assert.ok((get('io', 'concurrent')?.speedup ?? 0) > 2);
    for (const r of results) {
      assert.equal(r.runtime, 'python');
      assert.ok(['on', 'off'].includes(String(r.params.gil)));
    }
    assert.ok((get('cpu', 'process-pool')?.poolStartupMs ?? -1) >= 0);
    assert.equal(file.claims.filter((c) => c.suite === 'python').length, 6);
  } finally {
    await server.close();
  }
});
