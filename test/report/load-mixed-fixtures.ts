/** A results file with a load suite and a mixed suite built by hand, on the 2-core context. */
import { SCHEMA_VERSION } from '../../src/results/schema.js';
import type { ResultsFile } from '../../src/results/schema.js';
import { loadPoint } from '../model/load-builder.js';
import { modelRun } from '../model/mixed-builder.js';
import { suiteOf } from '../model/results-builder.js';
import { CONTEXT } from './fixtures.js';

export function loadMixedRun(): ResultsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'asyncbench-results',
    status: 'completed',
    context: { ...CONTEXT, cpu: { ...CONTEXT.cpu, cores: 2 }, preset: 'quick' },
    suites: [
      suiteOf('load', [
        loadPoint('io', 1, 10, 101, 10),
        loadPoint('io', 10, 99, 101, 100),
        loadPoint('io', 100, 970, 102, 1000),
        loadPoint('cpu', 1, 420, 2.3, 500),
        loadPoint('cpu', 10, 450, 22, 500),
        loadPoint('cpu', 100, 460, 200, 500),
        loadPoint('cpu-pool', 1, 480, 2, 500),
        loadPoint('cpu-pool', 10, 930, 11, 1000),
        loadPoint('cpu-pool', 100, 950, 105, 1000),
      ]),
      suiteOf('mixed', modelRun()),
    ],
    claims: [],
  };
}
