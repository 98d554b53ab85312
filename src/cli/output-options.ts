/**
 * The output options `bench` and `report` share, after hyperfine's and autocannon's: `--json` on
 * stdout, `--quiet`, `--export-json|markdown|csv PATH`, `--github-benchmark DIR` and `--no-charts`.
 * One parseArgs spec, one help block, one resolver (validated at the edge), and one function that
 * writes the exports through the one writer.
 */
import { runToGithubBenchmark } from '../compare/github-benchmark.js';
import type { ResultsFile } from '../results/schema.js';
import { formatCsv } from '../report/csv.js';
import { formatResultsJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { type OutputFile, writeFileAtomic, writeOutputs } from '../report/writer.js';
import { validateOutputPath } from './validate.js';

/** The resolved output options. */
export interface OutputOptions {
  /** Print results.json on stdout (bench: instead of the end-of-run table). */
  json: boolean;
  /** No progress and no status lines on stderr; errors and warnings still. */
  quiet: boolean;
  /** Render the PNG charts (`--no-charts` turns them off). */
  charts: boolean;
  exportJson: string | null;
  exportMarkdown: string | null;
  exportCsv: string | null;
  /** Folder for github-action-benchmark's two files. */
  githubBenchmark: string | null;
}

/** The options' parseArgs spec, to spread into a command's. */
export const OUTPUT_OPTION_SPEC = {
  json: { type: 'boolean' },
  quiet: { type: 'boolean' },
  'export-json': { type: 'string' },
  'export-markdown': { type: 'string' },
  'export-csv': { type: 'string' },
  'github-benchmark': { type: 'string' },
  'no-charts': { type: 'boolean' },
} as const;

/** Their --help lines. */
export const OUTPUT_OPTIONS_HELP = `  --json               print results.json on stdout (bench: instead of the table);
                       progress and status stay on stderr
  --quiet              print no progress or status lines (errors and warnings still)
  --export-json PATH   also write results.json to PATH
  --export-markdown PATH
                       also write the summary (summary.md without its charts) to PATH
  --export-csv PATH    also write the results as CSV to PATH, one row per result
  --github-benchmark DIR
                       also write custom-smaller-is-better.json and custom-bigger-is-better.json
                       into DIR, for github-action-benchmark
  --no-charts          skip the PNG charts (summary.md and index.html are written without them)`;

/** Resolves the parsed values of OUTPUT_OPTION_SPEC; throws InvalidOptionError naming a bad one. */
export function resolveOutputOptions(values: Readonly<Record<string, string | boolean | undefined>>): OutputOptions {
  const path = (name: keyof typeof OUTPUT_OPTION_SPEC, kind: 'file' | 'folder'): string | null => {
    const raw = values[name];
    return raw === undefined ? null : validateOutputPath(String(raw), `--${name}`, kind);
  };
  return {
    json: values.json === true,
    quiet: values.quiet === true,
    charts: values['no-charts'] !== true,
    exportJson: path('export-json', 'file'),
    exportMarkdown: path('export-markdown', 'file'),
    exportCsv: path('export-csv', 'file'),
    githubBenchmark: path('github-benchmark', 'folder'),
  };
}

/** The asked-for export files, as absolute-or-as-given paths and contents (nothing written). */
export function exportFiles(results: ResultsFile, options: OutputOptions): OutputFile[] {
  const files: OutputFile[] = [];
  if (options.exportJson !== null) files.push({ path: options.exportJson, content: formatResultsJson(results) });
  // Without charts: their links would be relative to the report folder, not to PATH.
  if (options.exportMarkdown !== null) files.push({ path: options.exportMarkdown, content: formatMarkdown(results, []) });
  if (options.exportCsv !== null) files.push({ path: options.exportCsv, content: formatCsv(results) });
  return files;
}

/** Writes every asked-for export (files, then the github-benchmark folder); returns the paths written. */
export function writeExports(results: ResultsFile, options: OutputOptions): string[] {
  const written: string[] = [];
  for (const file of exportFiles(results, options)) {
    writeFileAtomic(file.path, file.content);
    written.push(file.path);
  }
  if (options.githubBenchmark !== null) written.push(...writeOutputs(options.githubBenchmark, runToGithubBenchmark(results)));
  return written;
}
