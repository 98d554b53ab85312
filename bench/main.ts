#!/usr/bin/env node
/** `npm run bench`: the suites of bench/registry.ts through the bench command. */
import { benchCommand } from '../src/cli/bench.js';
import { SUITES } from './registry.js';

process.exitCode = await benchCommand(process.argv.slice(2), {
  suites: SUITES,
  render: async () => [],
  summarize: (r) => `${r.claims.map((c) => `${c.holds ? 'PASS' : 'FAIL'} ${c.id}: ${c.evidence}`).join('\n')}\n`,
});
