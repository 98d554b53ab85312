// A sweep point whose sockets would not fit under the open-file limit is skipped with one warning
// line saying why and how to raise the limit; the rest of the sweep runs, nothing crashes, and the
// suite's params record what was skipped. The limit is injected, as bench.ts hands it in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planIoSweep, scalingSuite } from '../../bench/scaling.js';
import { collectContext } from '../../src/measure/context.js';
import { OPEN_FILES_SPARE, fitsOpenFiles, parseOpenFileLimit, readOpenFileLimit } from '../../src/measure/open-files.js';
import { runSuites } from '../../src/measure/runner.js';
import { sampledResult } from '../../src/measure/sampled-result.js';
import type { MeasureSpec, ProgressEvent } from '../../src/measure/suite.js';
import type { Result } from '../../src/results/schema.js';
import { fakeBase } from '../support/runner-base.js';

const options = { runs: 1, strategies: ['sequential', 'concurrent', 'bounded'], concurrency: 8, delayMs: null, cpuMs: null } as never;

test('the plan skips exactly the points whose N sockets + spare exceed the limit', () => {
  const limit = 1000 + OPEN_FILES_SPARE;
  const { points } = planIoSweep({ preset: 'standard', options, openFileLimit: limit });
  assert.deepEqual(
    points.filter((p) => p.skipped).map((p) => p.tasks),
    [3000, 10_000],
  );
  const line = points.find((p) => p.tasks === 10_000)?.skipped ?? '';
  assert.equal(line.includes('\n'), false, 'one line');
  assert.match(line, /^scaling: N=10000 skipped: it needs about 10256 open files/);
  assert.match(line, /open-file limit is 1256; raise it with `ulimit -n 65536`/);
  // Unknown or unlimited: nothing skipped.
  for (const openFileLimit of [null, undefined, Number.POSITIVE_INFINITY]) {
    assert.equal(planIoSweep({ preset: 'standard', options, openFileLimit }).points.some((p) => p.skipped), false);
  }
});

test('a run under a low limit warns once per skipped point, never measures it, and goes on', async () => {
  const measured: string[] = [];
  const events: ProgressEvent[] = [];
  const measure = async (spec: MeasureSpec): Promise<Result> => {
    measured.push(`${spec.strategy}/${spec.point.tasks ?? '-'}`);
    return sampledResult(spec, { samples: [5, 5, 5], eventLoopDelay: null }, { ms: 5, formula: 'test' });
  };
  const base = { ...fakeBase(), preset: 'standard' as const, options, openFileLimit: 600 };
  const file = await runSuites({
    suites: [scalingSuite],
    context: collectContext('standard', {}),
    base,
    execute: async () => {},
    emit: (e) => events.push(e),
    onUpdate: () => {},
    measure,
  });
  const suite = file.suites[0];
  assert.equal(suite?.state, 'completed');
  const warnings = events.filter((e) => e.type === 'warning').map((e) => (e.type === 'warning' ? e.message : ''));
  assert.deepEqual(
    warnings.map((w) => /N=(\d+)/.exec(w)?.[1]),
    ['1000', '3000', '10000'],
  );
  assert.equal(measured.some((m) => /\/(1000|3000|10000)$/.test(m)), false, 'a skipped point is not measured');
  assert.ok(measured.includes('concurrent/300'), 'the points that fit still run');
  assert.deepEqual(suite?.params.ioTasksSkipped, [1000, 3000, 10_000]);
  assert.equal(suite?.params.openFileLimit, 600);
  assert.equal(suite?.results.some((r) => r.point.tasks === 1000), false);
  const claim = file.claims.find((c) => c.id === 'scaling.io-thousands-in-flight');
  assert.equal(claim?.holds, null);
  assert.match(claim?.evidence ?? '', /N=1000, 3000, 10000 skipped \(open-file limit 600\)/);
});

test('the limit is read from the shell once, as a number; its answer is parsed strictly', async () => {
  const limit = await readOpenFileLimit();
  assert.ok(limit === null || limit > 0);
  assert.equal(parseOpenFileLimit('1024\n'), 1024);
  assert.equal(parseOpenFileLimit('unlimited'), Number.POSITIVE_INFINITY);
  assert.equal(parseOpenFileLimit('sh: ulimit: not found'), null);
  assert.equal(parseOpenFileLimit('0'), null);
  assert.equal(fitsOpenFiles(1000, 1000 + OPEN_FILES_SPARE), true);
  assert.equal(fitsOpenFiles(1001, 1000 + OPEN_FILES_SPARE), false);
  assert.equal(fitsOpenFiles(1e9, null), true);
});
