/**
 * Harness errors: a stable `code`, a name, a message, and the `cause` when there is one.
 * A task that fails is not an error of the harness: it becomes a result with `state: 'errored'`.
 */

/** Every code the harness can raise, with the exit code the CLI uses for it. */
export const ERROR_CODES = {
  ASYNCBENCH_ERR_INVALID_OPTION: 2,
  ASYNCBENCH_ERR_INVALID_RESULTS: 2,
  ASYNCBENCH_ERR_FILE: 2,
  ASYNCBENCH_ERR_SERVER_START: 1,
  ASYNCBENCH_ERR_WORKER: 1,
  /** The python suite: a part's interpreter failed or printed no valid document (kept in results.json, never an exit). */
  ASYNCBENCH_ERR_PYTHON: 1,
  ASYNCBENCH_ERR_SUITE: 1,
  ASYNCBENCH_ERR_INTERRUPTED: 130,
  ASYNCBENCH_ERR_GIT: 2,
  ASYNCBENCH_ERR_TESTBED: 2,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Exit codes of every command: documented in the README. */
export const EXIT = {
  ok: 0,
  /** bench: a suite errored; compare: a regression. */
  failure: 1,
  /** Bad options or bad input files. */
  usage: 2,
  /**
   * A bug or an unexpected failure of the tool itself: not a verdict. E.g. a crash, or an output
   * (compare's `--markdown`, bench's results) that could not be written.
   */
  internal: 3,
  /** Interrupted by SIGINT/SIGTERM. */
  interrupted: 130,
} as const;

export class AsyncbenchError extends Error {
  override readonly name: string = 'AsyncbenchError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** The exit code the CLI uses when this error ends a command. */
  get exitCode(): number {
    return ERROR_CODES[this.code];
  }
}

export class InvalidOptionError extends AsyncbenchError {
  override readonly name = 'InvalidOptionError';
  constructor(message: string) {
    super('ASYNCBENCH_ERR_INVALID_OPTION', message);
  }
}

export class InvalidResultsError extends AsyncbenchError {
  override readonly name = 'InvalidResultsError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('ASYNCBENCH_ERR_INVALID_RESULTS', message, options);
  }
}

/**
 * compare was given runs of two different testbeds (src/results/testbed.ts): a 2-core run gated
 * against a 16-core one would read every core-bound figure as a change of the code.
 */
export class TestbedMismatchError extends AsyncbenchError {
  override readonly name = 'TestbedMismatchError';
  constructor(message: string) {
    super('ASYNCBENCH_ERR_TESTBED', message);
  }
}

/**
 * A task's answer was not 2xx. A task failure, not the harness's: it is recorded in the result
 * (`taskErrors`, `firstTaskError`) and never ends a command, so it has a stable code but no exit
 * code (it is not an AsyncbenchError).
 */
export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  readonly code = 'ASYNCBENCH_ERR_HTTP_STATUS';
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`HTTP ${status} from ${url}`);
  }
}

/**
 * A call to the user's endpoint did not finish within `--timeout`. A task failure, like
 * HttpStatusError: recorded in the result, never the end of a command.
 */
export class CallTimeoutError extends Error {
  override readonly name = 'CallTimeoutError';
  readonly code = 'ASYNCBENCH_ERR_CALL_TIMEOUT';
  constructor(
    readonly timeoutMs: number,
    url: string,
  ) {
    super(`no answer within ${timeoutMs} ms from ${url} (--timeout)`);
  }
}

/** A plain `{ name, message, code? }` for results.json, from anything thrown. */
export function serializeError(error: unknown): { name: string; message: string; code?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}
