#!/usr/bin/env node
/** `npm run bench` and `asyncbench bench`: the suites of bench/registry.ts through the bench command. */
import { pathToFileURL } from 'node:url';
import { benchCommand } from '../src/cli/bench.js';
import { exitWith } from '../src/cli/exit.js';
import { formatTerminalReport, renderReport } from '../src/report/index.js';
import { SUITES } from './registry.js';

/** Runs the bench command on `argv` (without node and the script); returns the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return benchCommand(argv, {
    suites: SUITES,
    render: renderReport,
    summarize: formatTerminalReport,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A rejection outside the command's own catch (output folders, the summary) ends like `asyncbench
  // bench`'s: one line and exit 3, not Node's unhandled-rejection exit 1, which reads "a suite errored".
  exitWith('asyncbench', main(process.argv.slice(2)));
}
