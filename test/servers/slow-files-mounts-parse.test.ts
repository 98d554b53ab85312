// Which /proc/mounts lines are ours, and which of ours are stale: pure functions, from hand-written text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slowFileMounts, staleMounts } from '../../servers/slow-files.js';

const mounts = [
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  'asyncbench-slow-files /tmp/asyncbench-files-123-abc fuse.asyncbench-slow-files ro,nosuid,nodev,relatime,user_id=0,group_id=0 0 0',
  'sshfs#host: /mnt/share fuse.sshfs rw 0 0',
  'asyncbench-slow-files /tmp/my\\040dir/asyncbench-files-456-def fuse.asyncbench-slow-files ro 0 0',
  'asyncbench-slow-files /srv/elsewhere fuse.asyncbench-slow-files ro 0 0',
].join('\n');

test('our mounts by fsname or type, octal escapes decoded, others left out', () => {
  assert.deepEqual(slowFileMounts(mounts), ['/tmp/asyncbench-files-123-abc', '/tmp/my dir/asyncbench-files-456-def', '/srv/elsewhere']);
});

test('stale: the run whose pid the folder carries is gone; a folder without a pid is not ours to judge', () => {
  assert.deepEqual(staleMounts(slowFileMounts(mounts), (pid) => pid === 456), ['/tmp/asyncbench-files-123-abc']);
  assert.deepEqual(staleMounts(slowFileMounts(mounts), () => true), []);
});
