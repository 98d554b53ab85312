import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { chartPanels, comparisonChartConfig, comparisonCharts } from '../../src/compare/charts.js';
import { ioSuite, resultsFile } from './fixtures.js';

const c = compare(resultsFile([ioSuite(5000, 60, 700)]), resultsFile([ioSuite(5000, 60, 5000)]));

test('one panel per suite and metric, named for what it shows', () => {
  assert.deepEqual(
    chartPanels(c).map((p) => p.file),
    ['compare-io-speedup.png', 'compare-io-efficiency.png', 'compare-io-time.png'],
  );
});

test('config: baseline beside current, CI whiskers on both, the regression outlined and labelled', () => {
  const config = comparisonChartConfig(c, 'io', 'speedup');
  assert.deepEqual(config.data.labels, ['concurrent', ['bounded', 'REGRESSED']]);
  const [baseline, current] = config.data.datasets as unknown as Array<{
    data: number[];
    errorBars: Array<{ low: number; high: number }>;
    borderColor: string[];
    valueLabels?: string[];
  }>;
  assert.equal(baseline?.data.length, 2);
  assert.equal(current?.errorBars.length, 2);
  assert.ok((baseline?.errorBars[1]?.low ?? 0) <= (baseline?.data[1] ?? 0));
  assert.equal(current?.borderColor[1], '#b91c1c');
  assert.match(current?.valueLabels?.[1] ?? '', /^-8\d\.\d% ✗$/);
});

test('renders PNGs (signature checked), never writes', async () => {
  const files = await comparisonCharts(c);
  assert.equal(files.length, 3);
  for (const f of files) assert.deepEqual([...(f.content as Buffer).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});
