import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartAlt } from '../../src/report/charts/alt.js';
import { chartByFile, chartsFor } from '../../src/report/charts/index.js';
import { formatHtml } from '../../src/report/html.js';
import { brokenRun, completeRun } from './fixtures.js';
import { loadMixedRun } from './load-mixed-fixtures.js';

function alt(file: string, results = completeRun()): string {
  const chart = chartByFile(file);
  assert.ok(chart, file);
  return chartAlt(chart.config(results));
}

test('alt texts differ from the captions, one per chart, in index.html', () => {
  for (const results of [completeRun(), brokenRun(), loadMixedRun()]) {
    const html = formatHtml(results);
    const alts = [...html.matchAll(/ alt="([^"]*)"/g)].map((m) => m[1] ?? '');
    const charts = chartsFor(results);
    assert.equal(alts.length, charts.length);
    charts.forEach((chart, i) => {
      assert.notEqual(alts[i], chart.caption, chart.file);
      assert.ok(!alts[i]?.includes(chart.caption), `${chart.file} repeats its caption`);
    });
  }
});

test('alt texts name the figures the charts draw', () => {
  // Headline: the finding, and each bar's speedup with its ideal (io sequential 5000 ms / concurrent 60 ms).
  const headline = alt('headline.png');
  assert.match(headline, /^Concurrent: 84× faster on I\/O/);
  assert.match(headline, /I\/O-bound \(io suite\): sequential 1\.0× \(ideal 1\), concurrent 84× \(ideal 100\)/);
  // Bars: the median as drawn, its whiskers (the CI, 2% below and 4% above in the fixture) and the ideal.
  assert.match(alt('io-strategies.png'), /concurrent: 60 ms \(whiskers 58\.8–62\.4, ideal 50\)/);
  assert.match(alt('cpu-strategies.png'), /worker-pool: 174 ms \(whiskers 170–181, ideal 40\)/);
  // Lines: each point as `y at x`, reference lines by where they stand.
  const cpuScaling = alt('cpu-scaling.png');
  assert.match(cpuScaling, /Lines of speedup over sequential \(×, higher is better\) against workers W/);
  assert.match(cpuScaling, /sequential \(1×\): level at y = 1\. 8 cores: vertical at x = 8\./);
  assert.match(alt('event-loop-delay.png'), /CPU-bound \(cpu suite\): sequential 330 ms, concurrent 335 ms, bounded 320 ms, worker-pool 1\.1 ms\./);
});

test('alt text of a chart with nothing to draw says why, as the picture does', () => {
  const partial = brokenRun();
  const missing = chartsFor(partial)
    .map((chart) => chartAlt(chart.config(partial)))
    .filter((text) => text.includes('No data drawn'));
  assert.ok(missing.length > 0);
  for (const text of missing) assert.match(text, /No data drawn: The \w+ suite (is missing|errored|was interrupted|has no)/);
});
