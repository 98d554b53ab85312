/**
 * The git side of compare:refs: the repository, the commit a ref names, and the lifecycle of the
 * temporary worktrees (added detached at a commit, removed on every way out).
 */
import { rmSync } from 'node:fs';
import { AsyncbenchError } from '../errors.js';
import { git } from '../git.js';

/** The top level of the repository containing `cwd`. */
export function repoRoot(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd);
}

/** The commit a ref names, or a one-line error naming the ref. */
export function resolveRef(repo: string, ref: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repo);
  } catch (cause) {
    throw new AsyncbenchError('ASYNCBENCH_ERR_GIT', `'${ref}' is not a commit in ${repo}`, { cause });
  }
}

/** Checks `commit` out, detached, into a new worktree at `dir`. */
export function addWorktree(repo: string, dir: string, commit: string): void {
  git(['worktree', 'add', '--detach', dir, commit], repo);
}

/** Removes the worktrees (forced: they hold build output) and prunes git's records; never throws. */
export function removeWorktrees(repo: string, dirs: readonly string[], log: (line: string) => void): void {
  for (const dir of dirs) {
    try {
      git(['worktree', 'remove', '--force', dir], repo);
    } catch (error) {
      log(`could not remove worktree ${dir}: ${(error as Error).message}`);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  try {
    git(['worktree', 'prune'], repo);
  } catch {
    /* nothing left to prune */
  }
}
