/**
 * The one place that writes output files. Every write is atomic (a temp file in the same folder, then
 * rename), so a reader, or a run killed mid-write, never sees half a file.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One output: a path relative to the output folder and its content. */
export interface OutputFile {
  path: string;
  content: string | Buffer;
}

/** Writes `content` to `path` atomically, creating the folder when needed. */
export function writeFileAtomic(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes every file under `dir`; returns the absolute-or-as-given paths written. */
export function writeOutputs(dir: string, files: readonly OutputFile[]): string[] {
  return files.map((file) => {
    const target = join(dir, file.path);
    writeFileAtomic(target, file.content);
    return target;
  });
}
