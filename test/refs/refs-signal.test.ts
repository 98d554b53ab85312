import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli/compare-refs.js', import.meta.url));
let repo = '';
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const worktrees = () => git('worktree', 'list', '--porcelain').split('\n').filter((l) => l.startsWith('worktree ')).length;

before(() => {
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'asyncbench-refs-signal-')));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  // A "bench" that never finishes, so the signal arrives mid-run.
  writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'x', private: true, scripts: { bench: 'node hang.js' } }));
  writeFileSync(join(repo, 'hang.js'), 'setInterval(() => {}, 1000);\n');
  git('add', 'package.json', 'hang.js');
  git('commit', '-qm', 'one');
});
after(() => rmSync(repo, { recursive: true, force: true }));

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal} mid-bench: the bench is stopped, worktrees removed, exit 130`, async () => {
    const child = spawn(process.execPath, [CLI, 'HEAD', 'HEAD', '--install', 'none', '--runs', '1'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait (bounded) until the bench has started in the base worktree.
    for (let i = 0; i < 200 && !stderr.includes('run 1/1 base'); i++) await sleep(50);
    assert.ok(stderr.includes('run 1/1 base'), stderr);
    assert.equal(worktrees(), 3);
    await sleep(300);
    child.kill(signal);
    assert.equal(await exited, 130, stderr);
    assert.equal(worktrees(), 1);
    assert.match(stderr, /interrupted: worktrees removed/);
  });
}
