import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { BIGGER_FILE, SMALLER_FILE, toGithubBenchmark } from '../../src/compare/github-benchmark.js';
import { around, ioSuite, resultsFile, suite, throughputResult } from './fixtures.js';

const c = compare(
  resultsFile([ioSuite(5000, 60, 700), suite('load', [throughputResult('io', around(1000), 2000)])]),
  resultsFile([ioSuite(5000, 60, 5000), suite('load', [throughputResult('io', around(800), 2000)])]),
);
const files = toGithubBenchmark(c);
const parse = (name: string): unknown => JSON.parse(String(files.find((f) => f.path === name)?.content));

test('two files, one per tool: customSmallerIsBetter and customBiggerIsBetter', () => {
  assert.deepEqual(
    files.map((f) => f.path),
    [SMALLER_FILE, BIGGER_FILE],
  );
});

test("every entry follows the tool's BenchmarkResult: name, unit strings; value a finite number; range, extra strings; nothing else", () => {
  for (const name of [SMALLER_FILE, BIGGER_FILE]) {
    const entries = parse(name);
    assert.ok(Array.isArray(entries) && entries.length > 0, name);
    const names = new Set<string>();
    for (const e of entries as Array<Record<string, unknown>>) {
      assert.deepEqual(Object.keys(e).sort(), ['extra', 'name', 'range', 'unit', 'value']);
      assert.equal(typeof e.name, 'string');
      assert.ok((e.name as string).length > 0);
      assert.equal(typeof e.unit, 'string');
      assert.equal(typeof e.value, 'number');
      assert.ok(Number.isFinite(e.value));
      assert.equal(typeof e.range, 'string');
      assert.equal(typeof e.extra, 'string');
      // The tool keys its history on the name: names are unique within a file.
      assert.ok(!names.has(e.name as string), `duplicate ${String(e.name)}`);
      names.add(e.name as string);
    }
  }
});

test('times go to smaller-is-better; speedup, efficiency, throughput to bigger-is-better', () => {
  const smaller = (parse(SMALLER_FILE) as Array<{ name: string; unit: string }>).map((e) => e.name);
  const bigger = (parse(BIGGER_FILE) as Array<{ name: string }>).map((e) => e.name);
  const tb = 'linux-x64-test-2c-node20: ';
  assert.deepEqual(smaller, [`${tb}io/io/sequential time`, `${tb}io/io/concurrent time`, `${tb}io/io/bounded time`]);
  assert.ok(bigger.includes(`${tb}io/io/bounded speedup`));
  assert.ok(bigger.includes(`${tb}load/io/io/connections=10 throughput`));
  assert.ok(!bigger.some((n) => n.endsWith(' time')));
});

test('values are the current run; range is ± half the CI of the median; extra carries the verdict', () => {
  const bounded = (parse(SMALLER_FILE) as Array<{ name: string; value: number; range: string; extra: string }>).find(
    (e) => e.name === 'linux-x64-test-2c-node20: io/io/bounded time',
  );
  const m = c.metrics.find((x) => x.id === 'io/io/bounded:time');
  assert.equal(bounded?.value, m?.current.value);
  assert.match(bounded?.range ?? '', /^± \d/);
  assert.match(bounded?.extra ?? '', /verdict: regressed\n?$/);
});
