import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHARTS } from '../../src/report/charts/index.js';
import { brokenRun } from './fixtures.js';

/** The notice lines a chart config carries, if it is a notice chart. */
function noticeLines(file: string): string[] | undefined {
  const chart = CHARTS.find((c) => c.file === file);
  assert.ok(chart, file);
  const plugins = chart.config(brokenRun()).options?.plugins as Record<string, { lines?: string[] }>;
  return plugins.asyncbenchNotice?.lines;
}

test('a chart of a missing suite says so instead of crashing or drawing nothing', () => {
  assert.deepEqual(noticeLines('io-scaling.png'), ['The scaling suite is missing from this run', 'Run it with: npm run bench -- --suite scaling']);
  assert.deepEqual(noticeLines('cpu-scaling.png'), ['The scaling suite is missing from this run', 'Run it with: npm run bench -- --suite scaling']);
});

test('a chart of an errored suite with no results says it errored and why', () => {
  assert.deepEqual(noticeLines('cpu-strategies.png'), [
    'The cpu suite errored: no results to draw',
    'AsyncbenchError: worker exited with code 1',
  ]);
});

test('charts with data left in the run still draw it', () => {
  assert.equal(noticeLines('io-strategies.png'), undefined);
  assert.equal(noticeLines('event-loop-delay.png'), undefined);
});
