import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { AsyncbenchError } from '../../src/errors.js';
import { runRefs } from '../../src/refs/run-refs.js';
import type { CommandRunner } from '../../src/refs/runner.js';
import { ioSuite, resultsFile } from '../compare/fixtures.js';

let repo = '';
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const worktrees = () => git('worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).length;
const refsTemps = () => readdirSync(tmpdir()).filter((d) => d.startsWith('asyncbench-refs-'));

before(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'asyncbench-refs-test-repo-')));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  writeFileSync(join(repo, 'version.txt'), 'base\n');
  git('add', 'version.txt');
  git('commit', '-qm', 'base');
  git('tag', 'base');
  writeFileSync(join(repo, 'version.txt'), 'head\n');
  git('commit', '-qam', 'head');
});
after(() => rmSync(repo, { recursive: true, force: true }));

/** A fake bench: writes a fixture results.json into --out; base is bounded-healthy, head bounded-broken. */
function fakeRunner(calls: string[], failAt = -1): CommandRunner {
  return async (command, args, { cwd }) => {
    const side = basename(cwd);
    calls.push(`${side}:${args[0] === 'ci' ? 'install' : 'bench'}`);
    if (calls.length - 1 === failAt) throw new AsyncbenchError('ASYNCBENCH_ERR_SUITE', 'bench failed');
    if (args[1] !== 'bench') return;
    // The worktree holds the ref's files: base sees "base".
    assert.equal(execFileSync('cat', ['version.txt'], { cwd, encoding: 'utf8' }).trim(), side);
    const out = args[args.indexOf('--out') + 1] as string;
    mkdirSync(out, { recursive: true });
    const file = resultsFile([side === 'base' ? ioSuite(5000, 60, 700) : ioSuite(5000, 60, 5000)]);
    writeFileSync(join(out, 'results.json'), JSON.stringify(file));
  };
}

const plan = (runs = 2) => ({ repo, baseRef: 'base', headRef: 'main', runs, preset: 'quick', install: 'ci' as const, benchArgs: [] });
const deps = (run: CommandRunner, signal = new AbortController().signal) => ({ run, signal, log: () => {} });

test('installs each worktree, interleaves base and head runs, merges samples, removes the worktrees', async () => {
  const before = refsTemps().length;
  const calls: string[] = [];
  const outcome = await runRefs(plan(3), deps(fakeRunner(calls)));
  assert.deepEqual(calls, ['base:install', 'head:install', 'base:bench', 'head:bench', 'base:bench', 'head:bench', 'base:bench', 'head:bench']);
  const bounded = outcome.head.suites[0]?.results.find((r) => r.strategy === 'bounded');
  assert.equal(bounded?.state === 'completed' && bounded.samples.length, 30);
  assert.equal(worktrees(), 1);
  assert.equal(refsTemps().length, before);
  assert.equal(outcome.commits.base, git('rev-parse', 'base'));
});

test('a failing bench run still removes the worktrees and the temporary folder', async () => {
  const before = refsTemps().length;
  await assert.rejects(runRefs(plan(), deps(fakeRunner([], 3))), /bench failed/);
  assert.equal(worktrees(), 1);
  assert.equal(refsTemps().length, before);
});

test('an abort (Ctrl-C) during a run removes the worktrees and rejects as interrupted', async () => {
  const controller = new AbortController();
  const hanging: CommandRunner = (_c, args, { signal }) =>
    new Promise((resolve, reject) => {
      if (args[0] === 'ci') return resolve();
      controller.abort();
      if (signal.aborted) reject(new AsyncbenchError('ASYNCBENCH_ERR_INTERRUPTED', 'interrupted'));
    });
  await assert.rejects(runRefs(plan(), deps(hanging, controller.signal)), (e: AsyncbenchError) => e.code === 'ASYNCBENCH_ERR_INTERRUPTED');
  assert.equal(worktrees(), 1);
});

test('an unknown ref is a one-line git error and leaves nothing behind', async () => {
  await assert.rejects(runRefs({ ...plan(), baseRef: 'no-such-ref' }, deps(fakeRunner([]))), (e: AsyncbenchError) => {
    assert.equal(e.code, 'ASYNCBENCH_ERR_GIT');
    assert.match(e.message, /'no-such-ref' is not a commit/);
    return true;
  });
  assert.equal(worktrees(), 1);
  assert.ok(existsSync(dirname(repo)));
});
