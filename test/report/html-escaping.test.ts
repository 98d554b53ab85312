import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartsFor } from '../../src/report/charts/index.js';
import { escapeHtml, formatHtml } from '../../src/report/html.js';
import { brokenRun, completeRun } from './fixtures.js';

test('index.html escapes every text from results.json', () => {
  const results = completeRun();
  const claim = results.claims[0];
  if (claim) claim.statement = '<script>alert("x")</script> & more';
  const html = formatHtml(results);
  assert.ok(!html.includes('<script>'));
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more'));
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('index.html is self-contained: no script, no URL of any network resource, every chart inlined from the bytes given', () => {
  const results = completeRun();
  const charts = chartsFor(results);
  const images = new Map(charts.map((chart, i) => [chart.file, Uint8Array.from([137, 80, 78, 71, i])]));
  const html = formatHtml(results, charts, images);
  assert.ok(!/<script|<link|@import|https?:\/\//i.test(html));
  const sources = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(
    sources,
    charts.map((_, i) => `data:image/png;base64,${Buffer.from([137, 80, 78, 71, i]).toString('base64')}`),
  );
  assert.match(html, /img-src data:;/);
});

test('index.html without the PNG bytes links each chart by relative path, and its policy allows that', () => {
  const html = formatHtml(completeRun());
  const images = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(images, ['headline.png', 'io-strategies.png', 'cpu-strategies.png', 'io-scaling.png', 'cpu-scaling.png', 'event-loop-delay.png']);
  assert.match(html, /img-src 'self' file: data:;/);
});

test('index.html of a broken run shows the warnings and undecided claims', () => {
  const html = formatHtml(brokenRun());
  assert.match(html, /<div class="warnings" id="warnings">.*This run was interrupted/);
  assert.match(html, /<td class="mark undecided">\?<\/td><td>A worker pool speeds up CPU-bound work<\/td>/);
});
