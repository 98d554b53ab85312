/**
 * merge's inputs: FILE and DIR arguments to the runs they hold. A folder means every `*.json` file
 * below it (recursively, sorted by path: a folder of downloaded CI artifacts, one per subfolder or
 * all in one), and each file is read through readResultsFile (migrated, validated), or, when it is a
 * merged.json of an earlier merge, as the runs it holds. Strict: a file that is not a results file,
 * an empty folder, or more than MAX_INPUTS files is an error whose one line names it (exit 2).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidOptionError, InvalidResultsError } from '../errors.js';
import { readResultsFile, validateResults } from '../results/read.js';
import { MAX_INPUTS, type MergeInput } from './merge.js';
import { MERGED_KIND, MERGED_VERSION } from './merged.js';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // not there: readResultsFile says so, naming it
  }
}

/** The `*.json` files below `dir`, sorted; an InvalidOptionError when there is none. */
function jsonFilesIn(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
  if (files.length === 0) throw new InvalidOptionError(`${dir}: no .json file in this folder (merge reads results files)`);
  return files;
}

/** Every file the arguments name, folders listed, in argument order. */
export function inputFiles(args: readonly string[]): string[] {
  if (args.length === 0) throw new InvalidOptionError(`merge needs 1 to ${MAX_INPUTS} results files or folders (got none; see --help)`);
  const files = args.flatMap((arg) => (isFolder(arg) ? jsonFilesIn(arg) : [arg]));
  // Before any is read: one line, not a minute of parsing.
  if (files.length > MAX_INPUTS) throw new InvalidOptionError(`${files.length} results files given: merge reads 1 to ${MAX_INPUTS}`);
  return files;
}

/**
 * The runs of a merged.json (kind `asyncbench-merged`), each validated as the results file it is,
 * or null when the file is not a merged file (then its own error stands).
 */
function readMerged(path: string): MergeInput[] | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== MERGED_KIND) return null;
  const { version, inputs } = data as { version?: unknown; inputs?: unknown };
  if (version !== MERGED_VERSION) {
    throw new InvalidResultsError(`${path}: merged file version ${JSON.stringify(version)} cannot be read (this asyncbench reads version ${MERGED_VERSION})`);
  }
  if (!Array.isArray(inputs) || inputs.length === 0) throw new InvalidResultsError(`${path}: a merged file with no "inputs" (expected the results files it merged)`);
  return inputs.map((input, i) => {
    const source = `${path} inputs[${i}]`;
    return { source, results: validateResults(input, source) };
  });
}

/** The runs of one file: itself when it is a results file, its inputs when it is a merged.json. */
export function readInput(path: string): MergeInput[] {
  try {
    return [{ source: path, results: readResultsFile(path) }];
  } catch (error) {
    // Not a results file: perhaps an earlier merge's merged.json, read again only on this path.
    if (!(error instanceof InvalidResultsError)) throw error;
    const merged = readMerged(path);
    if (merged === null) throw error;
    return merged;
  }
}

/** Every run the arguments name, in order (merge() checks how many distinct runs there are). */
export function readInputs(args: readonly string[]): MergeInput[] {
  return inputFiles(args).flatMap(readInput);
}
