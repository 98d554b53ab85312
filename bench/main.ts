#!/usr/bin/env node
/** `npm run bench` and `asyncbench bench`: the suites of bench/registry.ts through the bench command. */
import { pathToFileURL } from 'node:url';
import { benchCommand } from '../src/cli/bench.js';
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
  process.exitCode = await main(process.argv.slice(2));
}
