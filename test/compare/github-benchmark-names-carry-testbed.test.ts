// One github-action-benchmark history fed by two kinds of machine keeps one series per kind: every
// entry's name starts with its run's testbed key, so a 2-core and a 16-core run of the same metric
// never share a name (and a switch of runner is never read as a change).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BIGGER_FILE, runToGithubBenchmark } from '../../src/compare/github-benchmark.js';
import type { OutputFile } from '../../src/report/writer.js';
import { ioSuite, resultsFile } from './fixtures.js';

const names = (files: readonly OutputFile[]): string[] =>
  (JSON.parse(String(files.find((f) => f.path === BIGGER_FILE)?.content)) as Array<{ name: string }>).map((e) => e.name);

test('the same metric on two machines gets two names, each with its testbed key', () => {
  const small = names(runToGithubBenchmark(resultsFile([ioSuite(5000, 60, 700)])));
  const big = names(runToGithubBenchmark(resultsFile([ioSuite(5000, 60, 700)], { cpu: { model: 'Big CPU', cores: 16, speedMHz: null } })));
  assert.ok(small.includes('linux-x64-test-2c-node20: io/io/concurrent speedup'), small.join('\n'));
  assert.ok(big.includes('linux-x64-big-16c-node20: io/io/concurrent speedup'), big.join('\n'));
  assert.equal(small.filter((n) => big.includes(n)).length, 0);
});

test('the label does not split a history: the name carries the key, which --label leaves alone', () => {
  const labelled = resultsFile([ioSuite(5000, 60, 700)], { testbed: { key: 'linux-x64-test-2c-node20', label: 'my laptop' } });
  assert.deepEqual(names(runToGithubBenchmark(labelled)), names(runToGithubBenchmark(resultsFile([ioSuite(5000, 60, 700)]))));
});
