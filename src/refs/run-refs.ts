/**
 * compare:refs: run the bench at two git refs on one machine and merge each ref's runs. Both refs are
 * checked out into temporary `git worktree`s (worktrees.ts), installed, and benched in turn (A B A B …)
 * so that machine drift falls on both sides alike. The worktrees and the temporary folder are removed
 * in a `finally`, so an error or an abort (Ctrl-C, SIGTERM: the CLI aborts `signal`) cleans up too.
 * Commands run through an injectable runner (runner.ts), so tests drive the lifecycle without a real bench.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AsyncbenchError } from '../errors.js';
import { readResultsFile } from '../results/read.js';
import type { ResultsFile } from '../results/schema.js';
import { mergeRuns } from './merge.js';
import { type CommandRunner, interrupted } from './runner.js';
import { addWorktree, removeWorktrees, resolveRef } from './worktrees.js';

/** How each worktree gets its dependencies. */
export type InstallMode = 'ci' | 'link' | 'none';
/** The accepted values of --install. */
export const INSTALL_MODES: readonly InstallMode[] = ['ci', 'link', 'none'];

/** What to bench: the two refs, how often, with which preset and install. */
export interface RefsPlan {
  /** The repository (its top level). */
  repo: string;
  baseRef: string;
  headRef: string;
  /** Bench runs per ref. @default 6 */
  runs: number;
  /** @default 'quick' */
  preset: string;
  /** `ci`: `npm ci` in each worktree; `link`: symlink this checkout's node_modules; `none`. @default 'ci' */
  install: InstallMode;
  /** Extra arguments passed to the bench. */
  benchArgs: readonly string[];
}

/** Each ref's runs merged into one results file, and the commits benched. */
export interface RefsOutcome {
  base: ResultsFile;
  head: ResultsFile;
  /** The commits the refs resolved to. */
  commits: { base: string; head: string };
}

/** What runRefs acts through: the command runner, the abort signal, the progress log. */
export interface RefsDeps {
  run: CommandRunner;
  signal: AbortSignal;
  /** Progress lines (to stderr in the CLI). */
  log: (line: string) => void;
}

/**
 * Benches both refs `plan.runs` times each, interleaved (base, head, base, head, …), and returns each
 * ref's runs merged. Worktrees live in a fresh temporary folder removed on every way out.
 */
export async function runRefs(plan: RefsPlan, deps: RefsDeps): Promise<RefsOutcome> {
  const commits = { base: resolveRef(plan.repo, plan.baseRef), head: resolveRef(plan.repo, plan.headRef) };
  const temp = mkdtempSync(join(tmpdir(), 'asyncbench-refs-'));
  const sides = [
    { name: 'base' as const, commit: commits.base, dir: join(temp, 'base') },
    { name: 'head' as const, commit: commits.head, dir: join(temp, 'head') },
  ];
  const added: string[] = [];
  try {
    for (const side of sides) {
      deps.log(`worktree ${side.name}: ${side.commit.slice(0, 12)} at ${side.dir}`);
      addWorktree(plan.repo, side.dir, side.commit);
      added.push(side.dir);
      if (deps.signal.aborted) throw interrupted();
      await install(plan, side.dir, deps);
    }
    const results: Record<'base' | 'head', ResultsFile[]> = { base: [], head: [] };
    for (let i = 0; i < plan.runs; i++) {
      for (const side of sides) {
        if (deps.signal.aborted) throw interrupted();
        const out = join(temp, 'results', `${side.name}-${i + 1}`);
        deps.log(`run ${i + 1}/${plan.runs} ${side.name}: npm run bench -- --preset ${plan.preset} --out ${out}`);
        await deps.run('npm', ['run', 'bench', '--', '--preset', plan.preset, '--out', out, ...plan.benchArgs], {
          cwd: side.dir,
          signal: deps.signal,
        });
        results[side.name].push(readResultsFile(join(out, 'results.json')));
      }
    }
    return { base: mergeRuns(results.base), head: mergeRuns(results.head), commits };
  } finally {
    removeWorktrees(plan.repo, added, deps.log);
    rmSync(temp, { recursive: true, force: true });
  }
}

async function install(plan: RefsPlan, dir: string, deps: RefsDeps): Promise<void> {
  if (plan.install === 'none') return;
  if (plan.install === 'link') {
    const modules = join(plan.repo, 'node_modules');
    if (!existsSync(modules)) throw new AsyncbenchError('ASYNCBENCH_ERR_FILE', `--install link: ${modules} does not exist`);
    symlinkSync(modules, join(dir, 'node_modules'), 'dir');
    return;
  }
  deps.log(`install: npm ci in ${dir}`);
  await deps.run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, signal: deps.signal });
}

