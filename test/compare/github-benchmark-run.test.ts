import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { BIGGER_FILE, SMALLER_FILE, runToGithubBenchmark, toGithubBenchmark } from '../../src/compare/github-benchmark.js';
import type { OutputFile } from '../../src/report/writer.js';
import { around, ioSuite, resultsFile, suite, throughputResult } from './fixtures.js';

const run = resultsFile([ioSuite(5000, 60, 700), suite('load', [throughputResult('io', around(1000), 2000)])]);
const single = runToGithubBenchmark(run);

type Entry = { name: string; unit: string; value: number; range: string; extra: string };
const parse = (files: readonly OutputFile[], name: string): Entry[] => JSON.parse(String(files.find((f) => f.path === name)?.content)) as Entry[];

test('a single run gives the same two files as a comparison', () => {
  assert.deepEqual(
    single.map((f) => f.path),
    [SMALLER_FILE, BIGGER_FILE],
  );
});

test('a single run names its entries as a comparison of that run does, so bench and compare share one history', () => {
  const compared = toGithubBenchmark(compare(run, run));
  for (const file of [SMALLER_FILE, BIGGER_FILE]) {
    const names = (files: readonly OutputFile[]) => parse(files, file).map((e) => e.name).sort();
    assert.ok(names(single).length > 0, file);
    assert.deepEqual(names(single), names(compared), file);
  }
});

test('an entry: name `${testbed}: ${key} ${metric}`, the unit, the value, the CI half-width as range, n as extra', () => {
  const smaller = parse(single, SMALLER_FILE);
  const time = smaller.find((e) => e.name === 'linux-x64-test-2c-node20: io/io/concurrent time');
  assert.ok(time, JSON.stringify(smaller.map((e) => e.name)));
  assert.equal(time.unit, 'ms');
  assert.equal(typeof time.value, 'number');
  assert.match(time.range, /^± \S+$/);
  assert.match(time.extra, /^n=\d+, CI \d+%$/);
  const bigger = parse(single, BIGGER_FILE);
  assert.ok(bigger.some((e) => e.name === 'linux-x64-test-2c-node20: io/io/concurrent speedup' && e.unit === 'x'));
  assert.ok(bigger.some((e) => e.unit === 'req/s' && e.name.endsWith(' throughput')));
});
