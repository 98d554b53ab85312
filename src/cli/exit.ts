/**
 * How a command ends: the exit code from its main(), or one line on stderr for an error. A harness
 * error (AsyncbenchError) prints its message and exits with its documented code; anything else is a
 * bug and prints its stack (exit 1). Shared by compare, compare:refs and report; bench can use it
 * too (it passes its own stderr).
 */
import { AsyncbenchError, EXIT } from '../errors.js';

/** How errors are reported. */
export interface ExitOptions {
  /**
   * Report a Node file-system error (EACCES, ENOSPC, ENOTDIR...: a code of E and capitals) like a bad
   * input: its message on one line, exit 2. Otherwise it is a bug like any other error. @default false
   */
  fileSystemErrorsAreUsage?: boolean;
  /** Where the line goes. @default process.stderr */
  stderr?: { write(s: string): unknown };
}

/** Writes the one line for `error` as `command: ...` and returns the exit code. */
export function reportError(command: string, error: unknown, options: ExitOptions = {}): number {
  const stderr = options.stderr ?? process.stderr;
  if (error instanceof AsyncbenchError) {
    stderr.write(`${command}: ${error.message}\n`);
    return error.exitCode;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (options.fileSystemErrorsAreUsage && typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    stderr.write(`${command}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  stderr.write(`${command}: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT.failure;
}

/** Sets the process's exit code from a command's main(): its result, or reportError()'s code when it rejects. */
export function exitWith(command: string, run: Promise<number>, options: ExitOptions = {}): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportError(command, error, options);
    },
  );
}
