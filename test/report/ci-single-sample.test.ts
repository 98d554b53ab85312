import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTerminalReport } from '../../src/report/terminal.js';
import { type ResultsFile, SCHEMA_VERSION } from '../../src/results/schema.js';
import { computeStats } from '../../src/stats/summary.js';
import { loadPoint } from '../model/load-builder.js';
import { suiteOf } from '../model/results-builder.js';
import { CONTEXT } from './fixtures.js';

/** A load run whose one point has one sample, as every load point records: its throughput. */
function onePointRun(): ResultsFile {
  const point = loadPoint('io', 10, 99, 101, 100);
  point.samples = [99];
  point.stats = computeStats([99]);
  point.runs = [{ ...(point.runs[0] as (typeof point.runs)[number]), samples: [99], median: 99 }];
  return { schemaVersion: SCHEMA_VERSION, kind: 'asyncbench-results', status: 'completed', context: structuredClone(CONTEXT), suites: [suiteOf('load', [point])], claims: [] };
}

test('a result of 1 sample prints n=1 where its interval would be, never ±0.0%', () => {
  const run = onePointRun();
  assert.equal(computeStats([99]).ci.level, 0, 'one sample: the interval is the sample, coverage 0');
  const terminal = formatTerminalReport(run);
  const markdown = formatMarkdown(run);
  assert.match(terminal, /^load +io +io +connections=10 +99 req\/s +n=1 +– +99%$/m);
  assert.match(markdown, /^\| io \| io \| connections=10 \| 99 req\/s \| n=1 \| – \|/m);
  for (const text of [terminal, markdown]) assert.ok(!text.includes('±0.0%'), text);
  assert.ok(!markdown.includes('99 req/s – 99 req/s'));
});
