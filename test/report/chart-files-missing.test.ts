import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChartDefinition } from '../../src/report/charts/chart.js';
import { filesStarvationChart } from '../../src/report/charts/files-starvation.js';
import { filesChart } from '../../src/report/charts/files.js';
import type { ResultsFile } from '../../src/results/schema.js';
import { completeRun } from './fixtures.js';
import { filesRun, filesSuite } from './files-fixtures.js';

const noticeOf = (chart: ChartDefinition, run: ResultsFile) =>
  (chart.config(run).options?.plugins as Record<string, { lines?: string[] }>).asyncbenchNotice?.lines;

test('the files charts say what is missing instead of drawing nothing', () => {
  const missing = ['The files suite is missing from this run', 'Run it with: npm run bench -- --suite files'];
  assert.deepEqual(noticeOf(filesChart, completeRun()), missing);
  assert.deepEqual(noticeOf(filesStarvationChart, completeRun()), missing);

  const errored = { ...filesSuite(), state: 'errored' as const, error: { name: 'Error', message: 'mount failed' }, results: [] };
  assert.deepEqual(noticeOf(filesChart, filesRun(errored)), ['The files suite errored: no results to draw', 'Error: mount failed']);
  assert.deepEqual(noticeOf(filesStarvationChart, filesRun(errored)), ['The files suite errored: no results to draw', 'Error: mount failed']);

  const sweepOnly = filesSuite();
  sweepOnly.results = sweepOnly.results.filter((r) => r.point.fileLoad === undefined);
  assert.deepEqual(noticeOf(filesStarvationChart, filesRun(sweepOnly)), ['No pbkdf2 or dns-lookup results at {fileLoad} in the files suite']);
  const starvationOnly = filesSuite();
  starvationOnly.results = starvationOnly.results.filter((r) => r.point.fileLoad !== undefined || r.strategy !== 'concurrent');
  assert.deepEqual(noticeOf(filesChart, filesRun(starvationOnly)), ['No Promise.all file reads at {poolSize, tasks: N} in the files suite']);
});
