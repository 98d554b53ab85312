// Ctrl-C in the middle of the files suite: exit 130, and no slow-file mount outlives the run.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { slowFileMounts } from '../../servers/slow-files.js';
import { fuseSkip } from '../servers/slow-files-support.js';
import { startBench } from './run-bench.js';

const out = mkdtempSync(join(tmpdir(), 'asyncbench-files-sigint-'));
after(() => rmSync(out, { recursive: true, force: true }));
const ours = () => slowFileMounts(readFileSync('/proc/mounts', 'utf8'));

test('SIGINT while the files suite reads: exit 130, the mount is gone', { skip: fuseSkip, timeout: 120_000 }, async () => {
  const before = new Set(ours());
  // Long waits, so the signal lands while reads are in flight.
  const run = startBench(['--preset', 'quick', '--suite', 'files', '--pool-sizes', '1,4', '--tasks', '4', '--delay', '300', '--wait-for-idle', '0', '--no-charts', '--out', out]);
  const deadline = Date.now() + 60_000;
  while (!/slow files of .* mounted at/.test(run.stderr()) && Date.now() < deadline) await sleep(50);
  const mine = ours().filter((m) => !before.has(m));
  assert.equal(mine.length, 1, `one mount while the suite runs: ${run.stderr()}`);
  // A child is reading by then: the first batch of 300 ms waits is under way.
  await sleep(1000);
  assert.match(run.stderr(), /files: /);
  run.child.kill('SIGINT');
  const { code } = await run.exit;
  assert.equal(code, 130, run.stderr());
  assert.deepEqual(ours().filter((m) => !before.has(m)), [], 'a slow-file mount outlived the run');
});
