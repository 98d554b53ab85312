import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ResultsFile } from '../../src/results/schema.js';
import { serverPids, startBench } from './run-bench.js';

const out = mkdtempSync(join(tmpdir(), 'asyncbench-sigint-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('SIGINT after the first suite: exit 130, finished suite kept, file marked interrupted, no server left', { timeout: 120_000 }, async () => {
  const before = serverPids();
  const run = startBench(['--preset', 'quick', '--suite', 'io,scaling', '--out', out]);
  const deadline = Date.now() + 90_000;
  while (!/io completed/.test(run.stderr()) && Date.now() < deadline) await sleep(50);
  assert.match(run.stderr(), /io completed/);
  const signalled = Date.now();
  run.child.kill('SIGINT');
  const { code } = await run.exit;
  assert.equal(code, 130, run.stderr());
  assert.ok(Date.now() - signalled < 15_000, 'stopped within a few seconds');
  assert.match(run.stderr(), /interrupted/);

  const file = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as ResultsFile;
  assert.equal(file.status, 'interrupted');
  assert.equal(file.suites[0]?.name, 'io');
  assert.equal(file.suites[0]?.state, 'completed');
  assert.ok(file.suites.length <= 2);

  await sleep(200);
  const leftover = [...serverPids()].filter((pid) => !before.has(pid));
  assert.deepEqual(leftover, [], 'a servers process outlived the bench');
});
