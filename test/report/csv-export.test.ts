import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SCHEMA_VERSION } from '../../src/results/schema.js';
import type { ResultsFile } from '../../src/results/schema.js';
import { formatCsv } from '../../src/report/csv.js';
import { CONTEXT, brokenRun, completed } from './fixtures.js';

/** One io suite: a completed result at a two-parameter point (so the point needs quoting), exact figures. */
function run(): ResultsFile {
  const r = completed({ workload: 'io', strategy: 'bounded', point: { tasks: 100, concurrency: 10 }, median: 520, ideal: 500, idealFormula: 'ceil(N/k)*d', sequentialMedian: 5200, p99Delay: 1.5 });
  r.stats = { ...r.stats, n: 8, median: 520, p99: 540.5, ci: { ...r.stats.ci, low: 510, high: 530.25 } };
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'asyncbench-results',
    status: 'completed',
    context: structuredClone(CONTEXT),
    suites: [{ name: 'io', title: 'I/O "bound"', state: 'completed', params: {}, startedAt: CONTEXT.startedAt, durationMs: 1, results: [r] }],
    claims: [],
  };
}

test('csv: the header, then one row per result with RFC 4180 quoting and CRLF', () => {
  assert.equal(
    formatCsv(run()),
    'suite,workload,strategy,point,unit,n,median,ci_low,ci_high,p99,speedup,efficiency,event_loop_p99\r\n' +
      'io,io,bounded,"concurrency=10,tasks=100",ms,8,520,510,530.25,540.5,10,0.9615384615384616,1.5\r\n',
  );
});

test('csv: an errored result keeps its row, with empty figures', () => {
  const lines = formatCsv(brokenRun()).split('\r\n');
  assert.equal(lines[3], 'io,io,bounded,,,,,,,,,,');
  // header + 4 io results + the trailing empty string after the last CRLF (the errored cpu suite has none)
  assert.equal(lines.length, 6);
});

test('csv: a field with a double quote is quoted and its quotes doubled', () => {
  const file = run();
  const suite = file.suites[0];
  assert.ok(suite);
  suite.name = 'my "io", again';
  assert.match(formatCsv(file), /\r\n"my ""io"", again",io,bounded,/);
});
