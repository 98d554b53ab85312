import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatTerminalReport } from '../../src/report/terminal.js';
import type { CompletedResult, ResultsFile } from '../../src/results/schema.js';
import { computeStats } from '../../src/stats/summary.js';
import { completeRun } from './fixtures.js';

/** The complete run with io/concurrent measured from `samples` (ms) through the real statistics. */
function runWithConcurrent(samples: number[]): ResultsFile {
  const run = completeRun();
  const io = run.suites.find((s) => s.name === 'io');
  const concurrent = io?.results.find((r) => r.strategy === 'concurrent') as CompletedResult;
  concurrent.samples = samples;
  concurrent.stats = computeStats(samples);
  return run;
}

test('a result of 5 samples shows the 94% its interval covers; one of 8 shows no level', () => {
  const five = runWithConcurrent([58, 59, 60, 62, 64]);
  assert.equal(computeStats([58, 59, 60, 62, 64]).ci.level, 0.9375);
  // min..max is the only interval 5 samples give: 58..64 around 60, the wider side 4/60 = 6.7%.
  assert.match(formatTerminalReport(five), /^io +io +concurrent +60 ms +±6\.7% \(94%\) +84× +83%$/m);
  assert.match(formatMarkdown(five), /^\| io \| concurrent \| 60 ms \| 58 ms – 64 ms \(94%\) \| 84× \|/m);

  const eight = runWithConcurrent([57, 58, 59, 60, 60, 62, 63, 64]);
  assert.ok(computeStats([57, 58, 59, 60, 60, 62, 63, 64]).ci.level >= 0.95);
  assert.match(formatTerminalReport(eight), /^io +io +concurrent +60 ms +±6\.7% +84× +83%$/m);
  assert.match(formatMarkdown(eight), /^\| io \| concurrent \| 60 ms \| 57 ms – 64 ms \| 84× \|/m);
});
