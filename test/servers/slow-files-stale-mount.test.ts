// A mount left by a run that died (its server killed, so nothing unmounted it) is stale: the next
// run's cleanStaleSlowFileMounts() unmounts it and removes its folder. A live run's mount is left alone.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { cleanStaleSlowFileMounts, MOUNT_PREFIX, slowFileMounts, SLOW_FILE_SERVER_SCRIPT, unmountSync } from '../../servers/slow-files.js';
import { fusePython, fuseSkip } from './slow-files-support.js';

const mounted = () => slowFileMounts(readFileSync('/proc/mounts', 'utf8'));

async function mountAs(runPid: number): Promise<{ folder: string; server: ReturnType<typeof spawn> }> {
  const folder = path.join(tmpdir(), `${MOUNT_PREFIX}${runPid}-stale${process.pid}${Math.round(Math.random() * 1e6)}`);
  mkdirSync(folder);
  const server = spawn(fusePython as string, [SLOW_FILE_SERVER_SCRIPT, '--mountpoint', folder, '--files', '1', '--delay-ms', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  for (let i = 0; i < 100 && !mounted().includes(folder); i++) await sleep(50);
  assert.ok(mounted().includes(folder), 'mounted');
  return { folder, server };
}

test('a dead run\'s mount is unmounted and removed at the start of the next; a live run\'s stays', { skip: fuseSkip, timeout: 30_000 }, async () => {
  // A pid that no longer runs: a process that has exited.
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const deadPid = Number(dead.stdout);
  const stale = await mountAs(deadPid);
  stale.server.kill('SIGKILL');
  await new Promise((resolve) => stale.server.once('exit', resolve));
  assert.ok(mounted().includes(stale.folder), 'the killed server left its mount behind');

  const live = await mountAs(process.pid);
  try {
    const cleaned = await cleanStaleSlowFileMounts();
    assert.ok(cleaned.includes(stale.folder), `cleaned ${cleaned.join(', ')}`);
    assert.ok(!cleaned.includes(live.folder), "a live run's mount is not stale");
    assert.ok(!mounted().includes(stale.folder), 'unmounted');
    assert.ok(!existsSync(stale.folder), 'folder removed');
    assert.ok(mounted().includes(live.folder));
  } finally {
    live.server.kill('SIGTERM');
    await new Promise((resolve) => live.server.once('exit', resolve));
    unmountSync(live.folder);
  }
  assert.ok(!mounted().includes(live.folder), 'SIGTERM unmounted the live one');
});
