import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

test('asyncbench --version prints package.json version, alone on stdout', () => {
  assert.deepEqual(run('--version'), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
});

for (const command of ['bench', 'report', 'merge', 'compare', 'compare-refs', 'serve']) {
  test(`asyncbench ${command} --version prints the version without running the command`, () => {
    assert.deepEqual(run(command, '--version'), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
}

test('asyncbench --help lists every subcommand with one line each', () => {
  const { status, stdout } = run('--help');
  assert.equal(status, 0);
  for (const command of ['bench', 'report', 'merge', 'compare', 'compare-refs', 'serve']) {
    assert.match(stdout, new RegExp(`^  ${command} +\\S.*$`, 'm'), command);
  }
});

test('an unknown subcommand is one line on stderr and exit 2', () => {
  const { status, stdout, stderr } = run('benhc');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^asyncbench: unknown command 'benhc' \(commands: bench, report, merge, compare, compare-refs, serve; see --help\)\n$/);
});

test('no subcommand prints the help on stderr and exits 2', () => {
  const { status, stdout, stderr } = run();
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.match(stderr, /^Usage: asyncbench <command> \[options\]$/m);
});

test('a subcommand gets the rest of argv and its own errors: report with no file', () => {
  const { status, stderr } = run('report');
  assert.equal(status, 2);
  assert.equal(stderr, 'report: report needs exactly one results file (got 0; see --help)\n');
});

test('--version after -- belongs to the command, not to asyncbench', () => {
  const { status, stderr } = run('report', '--', '--version');
  assert.equal(status, 2);
  assert.match(stderr, /^report: /);
});
