// A busy run carries a visible notice with the figure in summary.md, index.html and on the headline
// chart; a quiet run carries none.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headlineChart } from '../../src/report/charts/headline.js';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import type { ResultsFile } from '../../src/results/schema.js';
import { completeRun } from './fixtures.js';

function busied(file: ResultsFile, otherCpu: number): ResultsFile {
  return {
    ...file,
    context: { ...file.context, machineAtStart: { otherCpu, freeCores: 8 - otherCpu, waitedMs: 30_000 } },
    suites: file.suites.map((s) => ({
      ...s,
      results: s.results.map((r) => (r.state === 'completed' && r.strategy === 'worker-pool' ? { ...r, otherCpu } : r)),
    })),
  };
}

const NOTICE = /Busy machine: other processes held up to 3\.5 of 8 cores while \d+ of \d+ results ran \(3\.5 when the bench started, after waiting 30 s for it to settle\)/;

test('busy: the notice in the Markdown warnings, with the figure', () => {
  const md = formatMarkdown(busied(completeRun(), 3.5));
  assert.match(md, NOTICE);
  assert.match(md, /> ⚠️ Busy machine/);
});

test('busy: the notice in the HTML warnings box', () => {
  const html = formatHtml(busied(completeRun(), 3.5));
  assert.match(html, /<div class="warnings" id="warnings"><ul><li>Busy machine: other processes held up to 3\.5 of 8 cores/);
});

test('busy: the headline chart title carries the line', () => {
  const title = headlineChart.config(busied(completeRun(), 3.5)).options?.plugins?.title?.text;
  assert.ok(Array.isArray(title));
  assert.equal(title.at(-1), '⚠ Busy machine: other processes held up to 3.5 of 8 cores');
});

test('quiet: no notice anywhere', () => {
  const quiet = busied(completeRun(), 0.1);
  assert.doesNotMatch(formatMarkdown(quiet), /Busy machine/);
  assert.doesNotMatch(formatHtml(quiet), /Busy machine/);
  const title = headlineChart.config(quiet).options?.plugins?.title?.text;
  assert.ok(!(Array.isArray(title) ? title : [title]).some((t) => String(t).includes('Busy')));
});
