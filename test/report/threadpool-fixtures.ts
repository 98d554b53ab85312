/** A results file with only a threadpool suite, built by hand, on a 2-core context. */
import { applySpeedups } from '../../src/model/derive.js';
import { SCHEMA_VERSION, type ResultsFile } from '../../src/results/schema.js';
import { suiteOf } from '../model/results-builder.js';
import { threadpoolResults } from '../model/threadpool-builder.js';
import { CONTEXT } from './fixtures.js';

/** The figures measured on the 2-core machine (8 calls): async-all 0.83x, 1.77x, 1.95x, 1.9x. */
export function threadpoolRun(): ResultsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'asyncbench-results',
    status: 'completed',
    context: { ...CONTEXT, cpu: { ...CONTEXT.cpu, cores: 2 }, preset: 'quick', options: { suites: ['threadpool'] } },
    suites: [suiteOf('threadpool', applySpeedups(threadpoolResults({ 1: 0.83, 2: 1.77, 4: 1.95, 8: 1.9 })))],
    claims: [],
  };
}
