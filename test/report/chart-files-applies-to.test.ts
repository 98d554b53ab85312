import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartsFor } from '../../src/report/charts/index.js';
import type { ResultsFile } from '../../src/results/schema.js';
import { completeRun } from './fixtures.js';
import { filesRun, filesSuite, skippedFilesSuite } from './files-fixtures.js';

const FILES = ['files.png', 'files-starvation.png'];
const drawn = (run: ResultsFile) => chartsFor(run).map((c) => c.file).filter((f) => FILES.includes(f));

test('files.png and files-starvation.png appear only when the files suite has their results', () => {
  assert.deepEqual(drawn(filesRun()), FILES);
  assert.deepEqual(drawn(completeRun()), [], 'no files suite');
  assert.deepEqual(drawn(filesRun(skippedFilesSuite())), [], 'skipped: FUSE not usable');
  const sweepOnly = filesSuite();
  sweepOnly.results = sweepOnly.results.filter((r) => r.point.fileLoad === undefined);
  assert.deepEqual(drawn(filesRun(sweepOnly)), ['files.png']);
  const starvationOnly = filesSuite();
  starvationOnly.results = starvationOnly.results.filter((r) => r.point.fileLoad !== undefined);
  assert.deepEqual(drawn(filesRun(starvationOnly)), ['files-starvation.png']);
});

test('an errored files suite gets both charts, to say why they are empty', () => {
  const errored = { ...filesSuite(), state: 'errored' as const, error: { name: 'Error', message: 'mount failed' }, results: [] };
  assert.deepEqual(drawn(filesRun(errored)), FILES);
});
