import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ioSuite, resultsFile } from './fixtures.js';

// dist/test/compare/ -> dist/src/cli/compare.js
const CLI = fileURLToPath(new URL('../../src/cli/compare.js', import.meta.url));
let dir = '';
const path = (name: string) => join(dir, name);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'asyncbench-compare-cli-'));
  writeFileSync(path('base.json'), JSON.stringify(resultsFile([ioSuite(5000, 60, 700)])));
  writeFileSync(path('bounded-broken.json'), JSON.stringify(resultsFile([ioSuite(5000, 60, 5000)])));
  writeFileSync(path('invalid.json'), '{"kind": "asyncbench-results", ');
  writeFileSync(path('v2.json'), JSON.stringify({ ...resultsFile([]), schemaVersion: 3 }));
  writeFileSync(path('other.json'), JSON.stringify({ benchmarks: [] }));
  mkdirSync(path('a-directory'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('exit 0 when nothing gated regressed; the table and the rule are on stdout', () => {
  const r = run(path('base.json'), path('base.json'));
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^rule: regressed = p < 0\.01/m);
  assert.match(r.stdout, /^PASS: no gated regression/m);
});

test('exit 1 when a gated metric regressed', () => {
  const r = run(path('base.json'), path('bounded-broken.json'));
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^REGRESSED\s+io\/io\/bounded speedup/m);
});

const badInputs: Array<[string, () => string[], RegExp]> = [
  ['a missing file', () => [path('nope.json'), path('base.json')], /nope\.json: no such file/],
  ['an unreadable path (a directory)', () => [path('base.json'), path('a-directory')], /a-directory: is a directory/],
  ['invalid JSON', () => [path('invalid.json'), path('base.json')], /invalid\.json: invalid JSON/],
  ['another schemaVersion', () => [path('base.json'), path('v2.json')], /v2\.json: schemaVersion 3 is newer than this asyncbench reads \(2\)/],
  ['a file that is not a results file', () => [path('other.json'), path('base.json')], /other\.json: not an asyncbench results file/],
  ['one file only', () => [path('base.json')], /needs two results files/],
  ['--alpha out of range', () => [path('base.json'), path('base.json'), '--alpha', '2'], /--alpha must be a number from/],
  ['--threshold not a number', () => [path('base.json'), path('base.json'), '--threshold', 'ten'], /--threshold must be a number/],
  ['--noise-floor negative', () => [path('base.json'), path('base.json'), '--noise-floor=-1'], /--noise-floor must be a number from 0 to 60000/],
  ['an unknown --gate', () => [path('base.json'), path('base.json'), '--gate', 'some'], /--gate must be one of machine-independent, all/],
  ['an unknown option', () => [path('base.json'), path('base.json'), '--frobnicate'], /Unknown option '--frobnicate'/],
];

for (const [what, args, message] of badInputs) {
  test(`exit 2 with one line on stderr for ${what}`, () => {
    const r = run(...args());
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^compare: /);
  });
}

test('--help exits 0 and lists every option and every exit code', () => {
  const r = run('--help');
  assert.equal(r.code, 0);
  for (const option of ['--alpha', '--threshold', '--gate', '--markdown', '--json', '--github-benchmark', '--charts']) {
    assert.ok(r.stdout.includes(option), option);
  }
  for (const code of [0, 1, 2, 3]) assert.match(r.stdout, new RegExp(`^  ${code}  \\S`, 'm'), `exit code ${code}`);
});

test('--markdown, --json and --github-benchmark write their files', () => {
  const r = run(path('base.json'), path('bounded-broken.json'), '--markdown', path('out/c.md'), '--json', path('out/c.json'), '--github-benchmark', path('gab'));
  assert.equal(r.code, 1, r.stderr);
  assert.match(readFileSync(path('out/c.md'), 'utf8'), /^## asyncbench compare: regression/);
  const json = JSON.parse(readFileSync(path('out/c.json'), 'utf8')) as { kind: string; failed: boolean };
  assert.deepEqual([json.kind, json.failed], ['asyncbench-comparison', true]);
  assert.ok(Array.isArray(JSON.parse(readFileSync(path('gab/custom-bigger-is-better.json'), 'utf8'))));
  assert.ok(Array.isArray(JSON.parse(readFileSync(path('gab/custom-smaller-is-better.json'), 'utf8'))));
});
