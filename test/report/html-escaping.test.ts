import assert from 'node:assert/strict';
import { test } from 'node:test';
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

test('index.html is self-contained: no script, no URL of any network resource, charts by relative path', () => {
  const html = formatHtml(completeRun());
  assert.ok(!/<script|<link|@import|https?:\/\//i.test(html));
  const images = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(images, ['headline.png', 'io-strategies.png', 'cpu-strategies.png', 'io-scaling.png', 'cpu-scaling.png', 'event-loop-delay.png']);
});

test('index.html of a broken run shows the warnings and undecided claims', () => {
  const html = formatHtml(brokenRun());
  assert.match(html, /<div class="warnings" id="warnings">.*This run was interrupted/);
  assert.match(html, /<td class="mark undecided">\?<\/td><td>A worker pool speeds up CPU-bound work<\/td>/);
});
