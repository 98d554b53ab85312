#!/usr/bin/env node
/** `npm run bench`: the suites of bench/registry.ts through the bench command. */
import { benchCommand } from '../src/cli/bench.js';
import { formatTerminalReport, renderReport } from '../src/report/index.js';
import { SUITES } from './registry.js';

process.exitCode = await benchCommand(process.argv.slice(2), {
  suites: SUITES,
  render: renderReport,
  summarize: (results) => formatTerminalReport(results),
});
