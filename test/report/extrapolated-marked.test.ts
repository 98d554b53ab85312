// The reports mark an extrapolated result where its figure is shown: the median cell of summary.md,
// index.html (an italic row) and the terminal table reads "(extrapolated)", the tables are followed
// by what that means, and the scaling suite's I/O table shows the sockets in use and peak RSS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHtml } from '../../src/report/html.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { EXTRAPOLATED_NOTE } from '../../src/report/rows.js';
import { formatTerminalReport } from '../../src/report/terminal.js';
import { completeRun, extrapolatedRun } from './fixtures.js';

/** The Markdown table rows of the scaling suite. */
function scalingRows(md: string): string[] {
  const section = md.slice(md.indexOf('### scaling'), md.indexOf('CI of median: distribution-free'));
  return section.split('\n').filter((line) => line.startsWith('|'));
}

test('summary.md: the extrapolated median says so, and the note after the tables explains it', () => {
  const md = formatMarkdown(extrapolatedRun(), []);
  const rows = scalingRows(md);
  assert.match(rows[0] ?? '', /\| Event-loop p99 \| Sockets in use \(peak\) \| Peak RSS \| Task errors \|$/);
  const seq1000 = rows.find((r) => r.startsWith('| io | sequential | tasks=1000 |')) ?? '';
  assert.match(seq1000, /^\| io \| sequential \| tasks=1000 \| 52 s \(extrapolated\) \| /);
  const seq10 = rows.find((r) => r.startsWith('| io | sequential | tasks=10 |')) ?? '';
  assert.doesNotMatch(seq10, /extrapolated/);
  const con1000 = rows.find((r) => r.startsWith('| io | concurrent | tasks=1000 |')) ?? '';
  assert.match(con1000, /\| 1000 \| 140 MiB \| 0 \|$/);
  assert.ok(md.includes(`\n${EXTRAPOLATED_NOTE}\n`), 'the note follows the tables');
  // The io suite has no sockets or RSS record: its table keeps its columns.
  const ioHeader = md.slice(md.indexOf('### io')).split('\n').find((l) => l.startsWith('|')) ?? '';
  assert.doesNotMatch(ioHeader, /Sockets/);
});

test('a run without extrapolated results has neither the mark nor the note', () => {
  const md = formatMarkdown(completeRun(), []);
  assert.doesNotMatch(md, /extrapolated/);
  assert.doesNotMatch(md, /Sockets in use/);
});

test('index.html marks the row and explains it; the terminal table shows the mark too', () => {
  const html = formatHtml(extrapolatedRun(), [], new Map());
  assert.match(html, /<tr class="extrapolated"><td>io<\/td><td><span class="swatch"[^>]*><\/span>sequential<\/td><td>tasks=1000<\/td><td class="num">52 s \(extrapolated\)<\/td>/);
  assert.ok(html.includes(EXTRAPOLATED_NOTE));
  const text = formatTerminalReport(extrapolatedRun());
  assert.match(text, /scaling\s+io\s+sequential\s+tasks=1000\s+52 s \(extrapolated\)/);
});
