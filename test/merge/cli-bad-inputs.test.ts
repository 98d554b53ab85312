import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { machineRun, ONE_CORE } from './fixtures.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'asyncbench-merge-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const child = spawnSync(process.execPath, [MAIN, 'merge', ...args], { encoding: 'utf8' });
  return { status: child.status, stderr: child.stderr, stdout: child.stdout };
}

function write(path: string, content: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
}

const good = () => write('good/results.json', JSON.stringify(machineRun(ONE_CORE)));
const out = () => ['--out', join(dir, 'out')];

const CASES: Array<{ name: string; args: () => string[]; stderr: () => string | RegExp }> = [
  {
    name: 'a JSON file that is not a results file',
    args: () => [good(), write('other.json', '{"name":"x"}'), ...out()],
    stderr: () => `merge: ${join(dir, 'other.json')}: not an asyncbench results file (no "kind": "asyncbench-results")\n`,
  },
  {
    name: 'a file that is not JSON',
    args: () => [write('broken.json', '{"kind":'), ...out()],
    // The parser's own words vary with the Node version.
    stderr: () => new RegExp(`^merge: ${join(dir, 'broken.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON \\(.+\\)\n$`),
  },
  {
    name: 'a file that is not there',
    args: () => [join(dir, 'nope.json'), ...out()],
    stderr: () => `merge: ${join(dir, 'nope.json')}: no such file\n`,
  },
  {
    name: 'a folder holding a .json file that is not a results file',
    args: () => {
      good();
      write('good/sub/package.json', '{"name":"asyncbench"}');
      return [join(dir, 'good'), ...out()];
    },
    stderr: () => `merge: ${join(dir, 'good', 'sub', 'package.json')}: not an asyncbench results file (no "kind": "asyncbench-results")\n`,
  },
  {
    name: 'an empty folder',
    args: () => {
      mkdirSync(join(dir, 'empty', 'artifact'), { recursive: true });
      write('empty/artifact/notes.txt', 'no JSON here');
      return [good(), join(dir, 'empty'), ...out()];
    },
    stderr: () => `merge: ${join(dir, 'empty')}: no .json file in this folder (merge reads results files)\n`,
  },
  {
    name: 'more than 50 inputs (counted before any is read)',
    args: () => {
      for (let i = 0; i < 51; i++) write(`many/${String(i).padStart(2, '0')}/results.json`, '{}');
      return [join(dir, 'many'), ...out()];
    },
    stderr: () => 'merge: 51 results files given: merge reads 1 to 50\n',
  },
  { name: 'no input', args: () => out(), stderr: () => 'merge: merge needs 1 to 50 results files or folders (got none; see --help)\n' },
  { name: 'no --out', args: () => [good()], stderr: () => 'merge: merge needs --out DIR, the folder to write the report into (see --help)\n' },
];

for (const c of CASES) {
  test(`merge: ${c.name} -> one line on stderr naming it, exit 2, nothing written`, () => {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    const { status, stderr, stdout } = run(...c.args());
    const expected = c.stderr();
    if (typeof expected === 'string') assert.equal(stderr, expected);
    else assert.match(stderr, expected);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(existsSync(join(dir, 'out')), false);
  });
}
