/**
 * Running git: one argument order for every caller. `git()` throws one ASYNCBENCH_ERR_GIT line (for
 * commands that need the answer: compare:refs); `gitOrNull()` returns null (for probes that may
 * fail: the run context outside a repository). A leaf: it imports only node: and the error class.
 */
import { execFileSync } from 'node:child_process';
import { AsyncbenchError } from './errors.js';

/** Options of one git call. */
export interface GitOptions {
  /** Kill git after this long (ms); no limit when undefined. @default undefined */
  timeoutMs?: number;
}

/** Runs `git args` synchronously in `cwd` and returns its trimmed stdout; a failure throws one line (git's first stderr line). */
export function git(args: readonly string[], cwd: string, options: GitOptions = {}): string {
  try {
    return execFileSync('git', [...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    }).trim();
  } catch (cause) {
    const stderr = String((cause as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0] ?? '';
    throw new AsyncbenchError('ASYNCBENCH_ERR_GIT', `git ${args.join(' ')}: ${stderr || (cause as Error).message}`, { cause });
  }
}

/** Like `git()`, but null when git fails, is missing, or takes longer than `timeoutMs`. */
export function gitOrNull(args: readonly string[], cwd: string, options: GitOptions = {}): string | null {
  try {
    return git(args, cwd, options);
  } catch {
    return null;
  }
}
