/**
 * The command runner of compare:refs: one command to completion in a folder, in its own process group so
 * that an abort (Ctrl-C, SIGTERM) stops the whole tree (npm, the bench, its servers). Injectable, so
 * tests drive the worktree lifecycle without a real bench.
 */
import { spawn } from 'node:child_process';
import { AsyncbenchError } from '../errors.js';
import { killGroup } from '../measure/platform.js';

export { killGroup };

/** Runs one command to completion in `cwd`; rejects on a non-zero exit or when `signal` aborts. */
export type CommandRunner = (command: string, args: readonly string[], options: { cwd: string; signal: AbortSignal }) => Promise<void>;

/** The default runner: a child in its own process group, output to our stderr, killed as a group on abort. */
export const spawnRunner: CommandRunner = (command, args, { cwd, signal }) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(interrupted());
    // Its own process group (detached) where there are groups; on Windows detached means a new console.
    const child = spawn(command, [...args], { cwd, stdio: ['ignore', 2, 2], detached: process.platform !== 'win32' });
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      const pid = child.pid;
      if (pid === undefined) return;
      killGroup(pid, 'SIGTERM');
      // SIGTERM first; whatever is still alive 5 s later (a server that ignores it) gets SIGKILL.
      killTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
      killTimer.unref();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(new AsyncbenchError('ASYNCBENCH_ERR_SUITE', `${command}: ${error.message}`, { cause: error }));
    });
    child.on('exit', (code, sig) => {
      signal.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      if (signal.aborted) return reject(interrupted());
      if (code === 0) return resolve();
      reject(new AsyncbenchError('ASYNCBENCH_ERR_SUITE', `\`${command} ${args.join(' ')}\` in ${cwd} failed (${sig ?? `exit ${code}`})`));
    });
  });

/** The error every way of being interrupted ends in (exit 130). */
export function interrupted(): AsyncbenchError {
  return new AsyncbenchError('ASYNCBENCH_ERR_INTERRUPTED', 'interrupted: worktrees removed');
}
