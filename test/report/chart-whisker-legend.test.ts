import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strategiesConfig, whiskerLegend } from '../../src/report/charts/strategies.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { computeStats } from '../../src/stats/summary.js';
import { completeRun } from './fixtures.js';

function legendLabels(config: ReturnType<typeof strategiesConfig>): string[] {
  return (config.data.datasets as Array<{ label?: string }>).map((d) => d.label ?? '');
}

test('the whiskers legend says 95% only when every interval drawn reaches it, else the lowest coverage', () => {
  assert.equal(whiskerLegend([0.96, 0.99]), '95% CI of the median (whiskers)');
  assert.equal(whiskerLegend([0.96, 0.9375, 0.875]), 'CI of the median, 88% or more (whiskers)');
  assert.equal(whiskerLegend([0.9496]), 'CI of the median, 94.9% or more (whiskers)');

  assert.ok(legendLabels(strategiesConfig(completeRun(), 'io')).includes('95% CI of the median (whiskers)'));
  const run = completeRun();
  const bounded = run.suites[0]?.results.find((r) => r.strategy === 'bounded') as CompletedResult;
  bounded.samples = [510, 515, 520, 525, 530];
  bounded.stats = computeStats(bounded.samples);
  const labels = legendLabels(strategiesConfig(run, 'io'));
  assert.ok(labels.includes('CI of the median, 94% or more (whiskers)'), labels.join(' | '));
  assert.ok(!labels.some((l) => l.includes('95%')));
});
