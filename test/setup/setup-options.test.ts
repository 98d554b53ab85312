import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// dist/test/setup/ -> the repository root, where setup.sh lives.
const SETUP = fileURLToPath(new URL('../../../setup.sh', import.meta.url));
const run = (...args: string[]) => spawnSync('bash', [SETUP, ...args], { encoding: 'utf8', timeout: 30_000 });

test('setup --help lists its options and exits 0', () => {
  const r = run('--help');
  assert.equal(r.status, 0);
  for (const option of ['--check', '--force-npm', '--browser']) assert.ok(r.stdout.includes(option), option);
  assert.doesNotMatch(r.stdout, /set -euo pipefail/);
});

test('setup with an unknown option says which and what it accepts, exit 2', () => {
  const r = run('--frobnicate');
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim(), "setup: unknown option '--frobnicate' (accepted: --check, --force-npm, --browser, --python, --fuse, --help)");
});

test('setup --check on this (set-up) machine finds every library and changes nothing', () => {
  const r = run('--check');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /system libraries for canvas: present/);
  assert.doesNotMatch(r.stderr, /npm ci/);
});
