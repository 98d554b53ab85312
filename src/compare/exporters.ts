/**
 * The exports of a comparison, by name: each entry is a CLI flag, its --help line, whether it writes
 * one file or a folder, and a function that returns the content and never writes (outputs.ts writes).
 * A new export is one file returning its content plus one entry here: the flag, its help and its
 * place in the outputs follow (src/cli/compare-options.ts derives the parseArgs spec, the help and
 * the resolver from this list).
 */
import type { OutputFile } from '../report/writer.js';
import type { Comparison } from './compare.js';
import { toGithubBenchmark } from './github-benchmark.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';

interface ExporterInfo {
  /** The CLI flag, without the dashes (`github-benchmark`); also its key in CompareOutputs. */
  flag: string;
  /** What it writes, for --help: one line, or more for a long one (printed under each other). */
  help: readonly string[];
}

/** An export to one file at the path given: `render` returns that file's content. */
export interface FileExporter extends ExporterInfo {
  writes: 'file';
  render(c: Comparison): string | Buffer | Promise<string | Buffer>;
}

/** An export to a folder: `render` returns its files, with paths relative to the folder given. */
export interface FolderExporter extends ExporterInfo {
  writes: 'folder';
  render(c: Comparison): OutputFile[] | Promise<OutputFile[]>;
}

/** One entry of the registry. */
export type Exporter = FileExporter | FolderExporter;

/** Where the comparison goes besides stdout: a path per exporter flag (a file or a folder, as it writes). */
export type CompareOutputs = Readonly<Record<string, string>>;

/** Every export, in the order of --help and of the files written. */
export const EXPORTERS: readonly Exporter[] = [
  { flag: 'markdown', writes: 'file', help: ['write the Markdown report (regressions first), e.g. $GITHUB_STEP_SUMMARY'], render: toMarkdown },
  { flag: 'json', writes: 'file', help: ['write the verdicts as JSON'], render: toJson },
  {
    flag: 'github-benchmark',
    writes: 'folder',
    help: ['write custom-smaller-is-better.json and custom-bigger-is-better.json', 'for github-action-benchmark'],
    render: toGithubBenchmark,
  },
  {
    flag: 'charts',
    writes: 'folder',
    help: ['write comparison PNGs (baseline beside current per suite and metric)'],
    // Loaded only when asked: the canvas module is heavy.
    render: async (c) => (await import('./charts.js')).comparisonCharts(c),
  },
];
