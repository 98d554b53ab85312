/**
 * Reading a results.json back: parsed, brought up to the current schema version (migrate.ts), then
 * validated in full against the one schema (schema.ts). Every way it can be wrong is one
 * InvalidResultsError (or a file error) whose one-line message names the file, the JSON path and
 * what was expected, for the CLI errors (exit 2) of `report` and `compare`.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { AsyncbenchError, InvalidResultsError } from '../errors.js';
import { migrate } from './migrate.js';
import { RESULTS_KIND, type ResultsFile, ResultsFileSchema } from './schema.js';

/** `suites[0].results[3].stats.median`: a zod issue path as a reader writes it. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? '(top level)' : out;
}

/** One line for the first problem, and how many more there are. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues;
  if (!first) return 'invalid';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length === 2 ? '' : 's'})` : '';
  return `${jsonPath(first.path)}: ${first.message.replace(/\s+/g, ' ')}${more}`;
}

/** Checks a parsed results file in full (after migrating an older version) and returns it typed. */
export function validateResults(data: unknown, source: string): ResultsFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidResultsError(`${source}: not an asyncbench results file (expected a JSON object)`);
  }
  const file = data as Record<string, unknown>;
  if (file.kind !== RESULTS_KIND) {
    throw new InvalidResultsError(`${source}: not an asyncbench results file (no "kind": "${RESULTS_KIND}")`);
  }
  const current = migrate(file, source);
  const parsed = ResultsFileSchema.safeParse(current);
  if (!parsed.success) throw new InvalidResultsError(`${source}: ${describeIssues(parsed.error.issues)}`);
  // The file as written (its key order, and fields a newer minor version added), now known to match
  // the schema: zod's own output would rebuild every object in schema order and drop unknown fields,
  // so `report --json` would no longer print the file it read.
  return current as ResultsFile;
}

/** Reads and validates a results.json from disk. */
export function readResultsFile(path: string): ResultsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`;
    throw new AsyncbenchError('ASYNCBENCH_ERR_FILE', `${path}: ${why}`, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InvalidResultsError(`${path}: invalid JSON (${(cause as Error).message})`, { cause });
  }
  return validateResults(data, path);
}
