import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHtml } from '../../src/report/html.js';
import { completeRun } from './fixtures.js';
import { loadMixedRun } from './load-mixed-fixtures.js';

test('index.html: one main landmark holding the page, every th with a scope', () => {
  for (const results of [completeRun(), loadMixedRun()]) {
    const html = formatHtml(results);
    assert.equal(html.match(/<main>/g)?.length, 1);
    assert.match(html, /<body>\n<main>\n<h1>[\s\S]*<\/main>\n<\/body>/);
    const headers = [...html.matchAll(/<th\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(headers.length > 0);
    assert.deepEqual(headers.filter((th) => !/ scope="(col|row)"/.test(th)), []);
    assert.match(html, /<tr><th scope="row">Node<\/th>/);
  }
});

test('index.html: the "When to use which" table of summary.md, shares as row headers, fastest in bold', () => {
  const html = formatHtml(loadMixedRun());
  assert.match(html, /<h2>When to use which<\/h2>/);
  assert.ok(
    html.includes(
      '<tr><th scope="row">0%</th><td>0 / 20</td><td class="num">160 ms</td><td class="num"><strong>20 ms</strong></td><td class="num">80 ms</td><td class="num">20 ms</td><td>concurrent</td><td>a tie with offload (within 5%)</td></tr>',
    ),
  );
  assert.match(html, /The worker pool overtook concurrency between f = 25% and 75%/);
  assert.ok(!formatHtml(completeRun()).includes('When to use which'), 'no table without a mixed suite');
});
