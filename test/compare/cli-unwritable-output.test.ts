// compare with an output it cannot write: exit 3 (internal, not a verdict), one line on stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ioSuite, resultsFile } from './fixtures.js';

// dist/test/compare/ -> dist/src/cli/: the npm script's entry and the `asyncbench` bin.
const COMPARE = fileURLToPath(new URL('../../src/cli/compare.js', import.meta.url));
const BIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
let dir = '';
const path = (name: string) => join(dir, name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'asyncbench-compare-unwritable-'));
  // Two results that regress: the exit code must say "could not write", not "regression" (1).
  writeFileSync(path('base.json'), JSON.stringify(resultsFile([ioSuite(5000, 60, 700)])));
  writeFileSync(path('current.json'), JSON.stringify(resultsFile([ioSuite(5000, 60, 5000)])));
  // A regular file: a path under it cannot be created, even by root (ENOTDIR), unlike a chmod'ed folder.
  writeFileSync(path('a-file'), 'not a folder');
});
after(() => rmSync(dir, { recursive: true, force: true }));

const entries: Array<[string, string[]]> = [
  ['npm run compare', [COMPARE]],
  ['asyncbench compare', [BIN, 'compare']],
];
const outputs = ['--markdown', '--json', '--github-benchmark'];

for (const [entry, command] of entries) {
  for (const flag of outputs) {
    test(`${entry} ${flag} under a regular file: exit 3 and one line on stderr`, () => {
      const target = path(flag === '--github-benchmark' ? 'a-file/gab' : 'a-file/out/comparison');
      const r = spawnSync(process.execPath, [...command, path('base.json'), path('current.json'), flag, target], { encoding: 'utf8' });
      assert.equal(r.status, 3, r.stderr);
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0] ?? '', /^compare: ENOTDIR: not a directory, mkdir '.*a-file\/(out|gab)'$/);
      assert.match(r.stdout, /^REGRESSED\s/m, 'the comparison itself still went to stdout');
    });
  }
}
