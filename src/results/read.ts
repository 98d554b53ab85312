/**
 * Reading a results.json back: every way it can be wrong is one InvalidResultsError (or a file error)
 * whose message names the file and the problem, for the one-line CLI errors of `report` and `compare`.
 */
import { readFileSync } from 'node:fs';
import { AsyncbenchError, InvalidResultsError } from '../errors.js';
import { RESULTS_KIND, type ResultsFile, SCHEMA_VERSION } from './schema.js';

/** Checks the shape of a parsed results file (the parts readers rely on) and returns it typed. */
export function validateResults(data: unknown, source: string): ResultsFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidResultsError(`${source}: not an asyncbench results file (expected a JSON object)`);
  }
  const file = data as Record<string, unknown>;
  if (file.kind !== RESULTS_KIND) {
    throw new InvalidResultsError(`${source}: not an asyncbench results file (no "kind": "${RESULTS_KIND}")`);
  }
  if (file.schemaVersion !== SCHEMA_VERSION) {
    throw new InvalidResultsError(
      `${source}: schemaVersion ${JSON.stringify(file.schemaVersion)} is not supported (this asyncbench reads ${SCHEMA_VERSION})`,
    );
  }
  if (typeof file.context !== 'object' || file.context === null) {
    throw new InvalidResultsError(`${source}: "context" is missing`);
  }
  if (!Array.isArray(file.suites)) {
    throw new InvalidResultsError(`${source}: "suites" must be an array`);
  }
  for (const [i, suite] of (file.suites as unknown[]).entries()) {
    const s = suite as Record<string, unknown> | null;
    if (typeof s !== 'object' || s === null || typeof s.name !== 'string' || !Array.isArray(s.results)) {
      throw new InvalidResultsError(`${source}: suites[${i}] needs a "name" and a "results" array`);
    }
    for (const [j, result] of (s.results as unknown[]).entries()) {
      const r = result as Record<string, unknown> | null;
      const ok =
        typeof r === 'object' &&
        r !== null &&
        typeof r.strategy === 'string' &&
        (r.state === 'errored' || (r.state === 'completed' && Array.isArray(r.samples)));
      if (!ok) {
        throw new InvalidResultsError(
          `${source}: suites[${i}].results[${j}] needs "strategy" and "state" (completed with "samples", or errored)`,
        );
      }
    }
  }
  if (!Array.isArray(file.claims)) {
    throw new InvalidResultsError(`${source}: "claims" must be an array`);
  }
  return data as ResultsFile;
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
