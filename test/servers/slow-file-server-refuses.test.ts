// The slow-file server mounts only on an empty folder of this user's: anything else, and a bad flag,
// is one line on stderr and exit 2, with nothing mounted.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { SLOW_FILE_SERVER_SCRIPT } from '../../servers/slow-files.js';
import { fusePython, fuseSkip } from './slow-files-support.js';

const dir = mkdtempSync(path.join(tmpdir(), 'asyncbench-refuse-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(path.join(dir, 'data.txt'), 'keep me');

const serve = (...args: string[]) => spawnSync(fusePython as string, [SLOW_FILE_SERVER_SCRIPT, ...args], { encoding: 'utf8', timeout: 20_000 });

test('a folder that is not empty, a file, a missing folder, a bad flag: one line, exit 2', { skip: fuseSkip }, () => {
  const cases: Array<[string[], RegExp]> = [
    [['--mountpoint', dir], /--mountpoint .* is not empty: it must be an empty folder of this user's/],
    [['--mountpoint', path.join(dir, 'data.txt')], /is not a folder/],
    [['--mountpoint', path.join(dir, 'missing')], /is not a folder/],
    [['--mountpoint', dir, '--files', '0'], /--files: must be an integer from 1 to 4096/],
    [['--files', '2'], /--mountpoint is required/],
  ];
  for (const [args, message] of cases) {
    const out = serve(...args);
    assert.equal(out.status, 2, `${args.join(' ')}: ${out.stderr}`);
    assert.equal(out.stderr.trim().split('\n').length, 1, out.stderr);
    assert.match(out.stderr, message);
  }
});
