// A results.json of schema version 1 (here the CI baseline committed before version 2, as written by
// the bench) still reads: each completed result becomes one run made of its own figures.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readResultsFile } from '../../src/results/read.js';
import { SCHEMA_VERSION } from '../../src/results/schema.js';

const V1 = fileURLToPath(new URL('../../../test/results/fixtures/quick-v1.json', import.meta.url));

test('a version-1 file reads as the current version, each completed result one run of its own figures', () => {
  const file = readResultsFile(V1);
  assert.equal(file.schemaVersion, SCHEMA_VERSION);
  let completed = 0;
  for (const suite of file.suites) {
    for (const r of suite.results) {
      if (r.state !== 'completed') continue;
      completed++;
      assert.equal(r.runs.length, 1);
      const [run] = r.runs;
      assert.deepEqual(run?.samples, r.samples);
      assert.equal(run?.run, 1);
      assert.equal(run?.median, r.stats.median);
      assert.equal(run?.speedup, r.speedup);
      assert.equal(run?.otherCpu, r.otherCpu);
      assert.deepEqual(run?.load, r.load);
    }
  }
  assert.ok(completed > 30, `${completed} completed results`);
});
