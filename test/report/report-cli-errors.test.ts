import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { completeRun } from './fixtures.js';

const CLI = fileURLToPath(new URL('../../src/cli/report.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'asyncbench-report-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const child = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: child.status, stderr: child.stderr, stdout: child.stdout };
}

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const CASES: Array<{ name: string; args: () => string[]; stderr: RegExp }> = [
  { name: 'missing file', args: () => [join(dir, 'nope.json')], stderr: /^report: .*nope\.json: no such file\n$/ },
  { name: 'a folder', args: () => [dir], stderr: /^report: .*asyncbench-report-cli-\w+: is a directory\n$/ },
  { name: 'invalid JSON', args: () => [write('broken.json', '{"kind":')], stderr: /^report: .*broken\.json: invalid JSON \(.+\)\n$/ },
  {
    name: 'not a results file',
    args: () => [write('other.json', '{"name":"x"}')],
    stderr: /^report: .*other\.json: not an asyncbench results file \(no "kind": "asyncbench-results"\)\n$/,
  },
  {
    name: 'wrong schema version',
    args: () => [write('v9.json', JSON.stringify({ ...completeRun(), schemaVersion: 9 }))],
    stderr: /^report: .*v9\.json: schemaVersion 9 is newer than this asyncbench reads \(2\): update asyncbench to read it\n$/,
  },
  {
    name: 'a hand-edited file with a result\'s stats removed',
    args: () => {
      const run = completeRun();
      delete (run.suites[0]?.results[0] as { stats?: unknown }).stats;
      return [write('nostats.json', JSON.stringify(run))];
    },
    stderr: /^report: .*nostats\.json: suites\[0\]\.results\[0\]\.stats: Invalid input: expected object, received undefined\n$/,
  },
  { name: 'unknown option', args: () => ['--bogus', 'x.json'], stderr: /^report: Unknown option '--bogus' \(see --help\)\n$/ },
  { name: 'no file', args: () => [], stderr: /^report: report needs exactly one results file \(got 0; see --help\)\n$/ },
  { name: '--out without a value', args: () => ['x.json', '--out'], stderr: /^report: Option '--out <value>' argument missing \(see --help\)\n$/ },
];

for (const c of CASES) {
  test(`report: ${c.name} -> one line on stderr, exit 2`, () => {
    const { status, stderr, stdout } = run(...c.args());
    assert.equal(status, 2, stderr);
    assert.match(stderr, c.stderr);
    assert.equal(stdout, '');
  });
}

test('report: --help prints usage and exits 0', () => {
  const { status, stdout } = run('--help');
  assert.equal(status, 0);
  assert.match(stdout, /^Usage: npm run report -- <results\.json> \[--out DIR\] \[options\]/);
});

test('report: re-renders next to results.json by default, or into --out', () => {
  const path = write('results.json', JSON.stringify(completeRun()));
  assert.equal(run(path).status, 0);
  const expected = ['cpu-scaling.png', 'cpu-strategies.png', 'event-loop-delay.png', 'headline.png', 'index.html', 'io-scaling.png', 'io-strategies.png', 'summary.md'];
  assert.deepEqual(readdirSync(dir).filter((f) => expected.includes(f)).sort(), expected);
  const out = join(dir, 'elsewhere');
  assert.equal(run(path, '--out', out).status, 0);
  assert.deepEqual(readdirSync(out).sort(), expected);
});
