/** results.json as written (two-space indent, a final newline): the file, `--json` and `--export-json`. */
import type { ResultsFile } from '../results/schema.js';

/** The results file's text. */
export function formatResultsJson(results: ResultsFile): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}
