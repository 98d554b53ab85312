/**
 * Fake interpreters for the python suite's contract tests: an executable shell script that ignores
 * the child script it is handed and answers from `body` (sh; "$*" holds the arguments, so a body
 * can `case` on `--part probe` and the like). No Python runs.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A probe document of an interpreter with httpx (or without, when `httpx` is null). */
export function probeDoc(part = 'probe', httpx: string | null = '0.23.3', extra: Record<string, unknown> = {}): string {
  const python = { executable: '/fake/python3', version: '3.11.2', implementation: 'cpython', gil: true, freeThreadedBuild: false, cpuCount: 2, httpx };
  return JSON.stringify({ kind: 'asyncbench-python', version: 1, part, python, ...extra });
}

/** Writes the script in a fresh folder and returns its path. */
export function fakePython(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asyncbench-fake-python-'));
  const path = join(dir, 'python3');
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A heredoc for a body: prints `text` exactly, on stdout or stderr. */
export function printLine(text: string, to: 'stdout' | 'stderr' = 'stdout'): string {
  return `cat ${to === 'stderr' ? '>&2 ' : ''}<<'DOC'\n${text}\nDOC`;
}

/**
 * An interpreter that runs the files part with `real` (a python3 of its own) and answers the probe
 * and the other parts from canned JSON (one batch of 50 ms each), so only the files part is real.
 */
export function filesOnlyPython(real: string): string {
  const done = (strategy: string) => ({ strategy, state: 'completed', samples: [50], taskErrors: 0 });
  const part = (name: string, strategies: string[], extra: Record<string, unknown> = {}) =>
    `  *"--part ${name}"*)\n${printLine(probeDoc(name, '0.23.3', { strategies: strategies.map(done), ...extra }))}\n;;`;
  return fakePython(
    [
      'case "$*" in',
      `  *"--part files"*) exec ${real} "$@";;`,
      `  *"--part probe"*)\n${printLine(probeDoc())}\n;;`,
      part('article', ['concurrent', 'sequential']),
      part('io', ['sequential', 'concurrent', 'bounded', 'thread-pool']),
      part('cpu', ['sequential', 'concurrent', 'to-thread', 'thread-pool', 'process-pool'], { calibration: { itersPerMs: 15000, iterations: 150000, taskMs: 10 } }),
      'esac',
    ].join('\n'),
  );
}
