import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMarkdown, formatPythonSection } from '../../src/report/markdown.js';
import { completeRun } from './fixtures.js';
import { pythonSuite, skippedPythonSuite, withPython } from './python-fixtures.js';

const GIL = 'N\\*c (the GIL: one thread runs Python at a time) = 8\\*10';

// The whole section of a run whose python suite completed.
const EXPECTED = [
  "## The article's own example",
  '',
  "The article's code as written, run by CPython 3.11.2, GIL on: httpx.AsyncClient against the I/O server, three calls of 100, 200 and 300 ms, under asyncio.gather and then awaited one by one; ideal max(d) = 300 ms and sum(d) = 600 ms.",
  '',
  '| Way | Median | CI of median | Ideal | Efficiency |',
  '|---|---|---|---|---|',
  "| asyncio.gather (the article's code) | 330 ms | 323 ms – 343 ms | 300 ms (max(d) = max(100,200,300)) | 91% |",
  '| the same three awaited one by one | 635 ms | 622 ms – 660 ms | 600 ms (sum(d) = 100+200+300) | 94% |',
  '',
  '✔ **All 3 requests completed in the time of the slowest one (the article, on its own example)**: delays 100,200,300 ms: gather 330 ms (1.1x the slowest, 300 ms); one by one 635 ms (1.06x the sum, 600 ms)',
  '',
  "The io and cpu suites' batches in Python, each way against Python's own sequential:",
  '',
  '| Workload | Strategy | Way | Median | Speedup | Ideal | Efficiency | Task errors |',
  '|---|---|---|---|---|---|---|---|',
  '| io | sequential | awaited one by one | 433 ms | 1.0× | 400 ms (N\\*d = 20\\*20) | 92% | 0 |',
  '| io | concurrent | asyncio.gather | 40 ms | 11× | 20 ms (d = 20) | 50% | 0 |',
  '| io | bounded | asyncio.Semaphore(8) + gather | 77 ms | 5.6× | 60 ms (ceil(N/k)\\*d = ceil(20/8)\\*20) | 78% | 0 |',
  '| io | thread-pool | ThreadPoolExecutor(2), blocking httpx.Client (start-up 1.2 ms, not timed) | 217 ms | 2.0× | 200 ms (ceil(N/W)\\*d = ceil(20/2)\\*20) | 92% | 0 |',
  '| cpu | sequential | one after another | 80 ms | 1.0× | 80 ms (N\\*c = 8\\*10) | 100% | 0 |',
  '| cpu | concurrent | asyncio.gather of coroutines | 80 ms | 1.0× | 80 ms (N\\*c = 8\\*10) | 100% | 0 |',
  `| cpu | to-thread | asyncio.to\\_thread, default executor (6 threads) | 98 ms | 0.8× | 80 ms (${GIL}) | 82% | 0 |`,
  `| cpu | thread-pool | ThreadPoolExecutor(2) (start-up 0.9 ms, not timed) | 97 ms | 0.8× | 80 ms (${GIL}) | 82% | 0 |`,
  '| cpu | process-pool | ProcessPoolExecutor(2) (start-up 45 ms, not timed) | 52 ms | 1.5× | 40 ms (ceil(N/min(W,cores))\\*c = ceil(8/min(2,2))\\*10) | 77% | 0 |',
  '',
].join('\n');

test("the article's own example: the interpreter, gather and one by one against max(d) and sum(d), the verdict, the python batches", () => {
  assert.equal(formatPythonSection(withPython(pythonSuite())), EXPECTED);
});

test("the article's own example sits in summary.md after the claims, before the results", () => {
  const md = formatMarkdown(withPython(pythonSuite()));
  const at = md.indexOf("## The article's own example");
  assert.ok(at > md.indexOf('## Claims') && at < md.indexOf('## Results'));
  assert.ok(md.includes(EXPECTED));
});

test('a skipped python suite is one line, in the section and in its results table', () => {
  const reason = 'no python3 with httpx found; install it with \\`npm run setup -- --python\\`, or pick one with --python PATH';
  assert.equal(formatPythonSection(withPython(skippedPythonSuite())), `## The article's own example\n\nThe python suite was skipped: ${reason}.\n`);
  assert.ok(formatMarkdown(withPython(skippedPythonSuite())).includes(`### python: The article's own code in Python: asyncio + httpx against the same servers, and its CPU advice (threads, processes)\n\nSkipped: ${reason}\n`));
});

test('no python suite, no section', () => {
  assert.equal(formatPythonSection(completeRun()), '');
  assert.ok(!formatMarkdown(completeRun()).includes("article's own example"));
});
