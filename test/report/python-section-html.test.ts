import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatHtml } from '../../src/report/html.js';
import { completeRun } from './fixtures.js';
import { pythonSuite, skippedPythonSuite, withPython } from './python-fixtures.js';

test("index.html has the article's own example before the results: verdict marked, tables with their figures right-aligned", () => {
  const html = formatHtml(withPython(pythonSuite()));
  const at = html.indexOf('<h2 id="article-example">The article&#39;s own example</h2>');
  assert.ok(at > html.indexOf('<h2>Claims</h2>') && at < html.indexOf('<h2>Results</h2>'));
  assert.match(html, /<p class="claim" data-id="python\.article-slowest"><span class="mark holds">✔<\/span> <strong>All 3 requests completed/);
  assert.match(html, /<table id="python-article"><thead><tr><th scope="col">Way<\/th><th scope="col">Median<\/th>/);
  assert.ok(html.includes('<tr><td>asyncio.gather (the article&#39;s code)</td><td class="num">330 ms</td>'));
  assert.ok(html.includes('<tr><td>cpu</td><td>process-pool</td><td>ProcessPoolExecutor(2) (start-up 45 ms, not timed)</td><td class="num">52 ms</td><td class="num">1.5×</td>'));
});

test('index.html: a skipped python suite is one line; no python suite, no section', () => {
  const skipped = formatHtml(withPython(skippedPythonSuite()));
  assert.ok(skipped.includes('<h2 id="article-example">The article&#39;s own example</h2>\n<p>The python suite was skipped: no python3 with httpx found;'));
  assert.ok(skipped.includes('<p>Skipped: no python3 with httpx found;'));
  assert.ok(!formatHtml(completeRun()).includes('article-example'));
});
