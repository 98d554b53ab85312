// A tiny real mount: one read of a slow file waits about d; a second read of the same open, and EOF,
// do not wait; a fresh open waits again (no page cache); close() unmounts and removes the folder.
import assert from 'node:assert/strict';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { test } from 'node:test';
import { startSlowFiles, slowFileMounts } from '../../servers/slow-files.js';
import { fusePython, fuseSkip } from './slow-files-support.js';

const d = 150;

test('one read waits about d, two reads of one open cost one d, a new open waits again', { skip: fuseSkip, timeout: 30_000 }, async () => {
  const mount = await startSlowFiles({ python: fusePython as string, files: 2, bytes: 8192, delayMs: d });
  try {
    assert.equal(mount.paths.length, 2);
    const fd = openSync(mount.paths[0] as string, 'r');
    const buf = Buffer.alloc(8192);
    let t = performance.now();
    const first = readSync(fd, buf, 0, 4096, 0);
    const firstMs = performance.now() - t;
    t = performance.now();
    const second = readSync(fd, buf, 4096, 4096, 4096);
    const eof = readSync(fd, buf, 0, 4096, 8192);
    const laterMs = performance.now() - t;
    closeSync(fd);
    assert.deepEqual([first, second, eof], [4096, 4096, 0]);
    assert.ok(firstMs >= 0.9 * d, `the first read waited ${firstMs} ms, d = ${d}`);
    assert.ok(laterMs < 0.5 * d, `the second read and EOF took ${laterMs} ms: they must not wait`);
    t = performance.now();
    assert.equal(readFileSync(mount.paths[0] as string).length, 8192);
    const againMs = performance.now() - t;
    assert.ok(againMs >= 0.9 * d && againMs < 1.9 * d, `a whole file read again took ${againMs} ms: one d, not none, not two`);
  } finally {
    await mount.close();
  }
  assert.ok(!slowFileMounts(readFileSync('/proc/mounts', 'utf8')).includes(mount.mountpoint), 'unmounted');
  assert.ok(!existsSync(mount.mountpoint), 'folder removed');
});
