/**
 * How a command ends: the exit code from its main(), or one line on stderr for an error. A harness
 * error (an AsyncbenchError, or any error carrying one of its `ASYNCBENCH_ERR_*` codes, such as the
 * servers' ServerStartError) prints its message and exits with its documented code. A Node
 * file-system error (writing an output failed) prints its message and exits 3, internal: the tool
 * could not finish its job, which is neither a verdict (1) nor bad input (2). Anything else is a bug
 * and prints its stack (exit 3). Shared by bench, compare, compare:refs and report.
 */
import { AsyncbenchError, ERROR_CODES, EXIT } from '../errors.js';

/** How errors are reported. */
export interface ExitOptions {
  /**
   * Report a Node file-system error (EACCES, ENOSPC, ENOTDIR...: a code of E and capitals) like a bad
   * input: its message on one line, exit 2. Otherwise it is an internal failure: one line, exit 3.
   * @default false
   */
  fileSystemErrorsAreUsage?: boolean;
  /** Where the line goes. @default process.stderr */
  stderr?: { write(s: string): unknown };
}

/** The documented exit code of a harness error: an AsyncbenchError, or an error with one of its codes. */
function harnessExitCode(error: unknown): number | undefined {
  if (error instanceof AsyncbenchError) return error.exitCode;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code) ? ERROR_CODES[code as keyof typeof ERROR_CODES] : undefined;
}

/** A Node file-system (errno) error: `code` of E and capitals, e.g. ENOTDIR. */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** Writes the one line for `error` as `command: ...` and returns the exit code. */
export function reportError(command: string, error: unknown, options: ExitOptions = {}): number {
  const stderr = options.stderr ?? process.stderr;
  const harness = harnessExitCode(error);
  if (harness !== undefined) {
    stderr.write(`${command}: ${(error as Error).message}\n`);
    return harness;
  }
  if (isFileSystemError(error)) {
    stderr.write(`${command}: ${error.message}\n`);
    return options.fileSystemErrorsAreUsage ? EXIT.usage : EXIT.internal;
  }
  stderr.write(`${command}: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT.internal;
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
