/**
 * The open-file limit (`ulimit -n`): every socket is a file descriptor, so a batch of N concurrent
 * calls needs N of them in this process, and as many in the servers' process (which inherits the
 * limit). Node has no API for it (`process.getrlimit` does not exist in Node 20 to 24), so it is read
 * once from a shell. Node raises its own soft limit to the hard one at start-up, and a child inherits
 * that, so the shell reports the limit this process actually has.
 */
import { execFile } from 'node:child_process';

/** File descriptors a process needs besides its sockets: stdio, pipes to the servers, epoll, threads. */
export const OPEN_FILES_SPARE = 256;

/** What the skip line suggests: comfortably above the largest sweep. */
export const SUGGESTED_OPEN_FILES = 65_536;

/** Parses the shell's answer: a count, or `unlimited`; null for anything else. */
export function parseOpenFileLimit(text: string): number | null {
  const value = text.trim();
  if (value === 'unlimited') return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(value)) return null;
  const n = Number.parseInt(value, 10);
  return n > 0 ? n : null;
}

/** Reads `ulimit -n` once; null when it cannot be read (no shell, a timeout), so nothing is skipped. */
export function readOpenFileLimit(timeoutMs = 2000): Promise<number | null> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', 'ulimit -n'], { timeout: timeoutMs }, (error, stdout) => {
      resolve(error ? null : parseOpenFileLimit(String(stdout)));
    });
  });
}

/** Whether `sockets` open at once fit under `limit` with OPEN_FILES_SPARE to spare; an unknown limit fits. */
export function fitsOpenFiles(sockets: number, limit: number | null | undefined): boolean {
  return limit === null || limit === undefined || sockets + OPEN_FILES_SPARE <= limit;
}

/** The one line that says why a point is skipped and how to run it. */
export function openFilesSkipLine(what: string, sockets: number, limit: number): string {
  return (
    `${what} skipped: it needs about ${sockets + OPEN_FILES_SPARE} open files (${sockets} sockets + ${OPEN_FILES_SPARE} spare) ` +
    `and the open-file limit is ${limit}; raise it with \`ulimit -n ${SUGGESTED_OPEN_FILES}\` in the shell that runs the bench`
  );
}
