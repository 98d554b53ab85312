import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMarkdown, mdCell } from '../../src/report/markdown.js';
import { brokenRun, completeRun } from './fixtures.js';

// The whole summary.md of an interrupted run with an errored suite, a missing suite and an errored result.
const EXPECTED_BROKEN = [
  "# asyncbench results",
  "",
  "> ⚠️ This run was interrupted: results are partial.",
  "> ⚠️ Suite not run: scaling.",
  "> ⚠️ io/bounded errored: Error: socket hang up",
  "> ⚠️ Suite cpu errored (AsyncbenchError: worker exited with code 1).",
  "",
  "**Concurrent: 84× faster on I/O, CPU not measured**",
  "",
  "![Speedup over sequential per strategy, I/O-bound and CPU-bound side by side (dashed: ideal)](headline.png)",
  "",
  "## Claims",
  "",
  "|  | Claim | Evidence | Rule |",
  "|---|---|---|---|",
  "| ✔ | Concurrency speeds up I/O-bound work | concurrent 84× vs ideal 100× | speedup &gt;= 0.5 \\* ideal speedup |",
  "| ? | A worker pool speeds up CPU-bound work | cpu suite errored | speedup &gt;= 0.5 \\* min(W, cores) |",
  "",
  "✔ holds · ✘ does not hold · ? not decided (its evidence says why: a suite missing or errored, a busy machine, or a machine without what the claim needs)",
  "",
  "## Results",
  "",
  "### io: I/O-bound: 100 requests of 50 ms",
  "",
  "| Workload | Strategy | Median | CI of median | Speedup | Ideal | Efficiency | Event-loop p99 | Task errors |",
  "|---|---|---|---|---|---|---|---|---|",
  "| io | sequential | 5.05 s | 4.95 s – 5.25 s | 1.0× | 5 s (N\\*d = 100\\*50) | 99% | 1.2 ms | 0 |",
  "| io | concurrent | 60 ms | 58.8 ms – 62.4 ms | 84× | 50 ms (d = 50) | 83% | 2.5 ms | 0 |",
  "| io | bounded | errored: Error: socket hang up | – | – | – | – | – | – |",
  "| io | worker-pool | 75 ms | 73.5 ms – 78 ms | 67× | 50 ms (d = 50) | 67% | 1.3 ms | 0 |",
  "",
  "### cpu: CPU-bound: 16 tasks of 20 ms (errored)",
  "",
  "Suite error: AsyncbenchError: worker exited with code 1",
  "",
  "No results.",
  "",
  "CI of median: distribution-free (order statistics), covering 95% or more unless a lower coverage is shown beside it (fewer than 6 samples); n=1: a single sample, no interval.",
  "",
  "## Charts",
  "",
  "![I/O-bound: median batch time per strategy, whiskers: CI of the median (coverage in the table), ideal time dashed](io-strategies.png)",
  "",
  "![CPU-bound: median batch time per strategy, whiskers: CI of the median (coverage in the table), ideal time dashed](cpu-strategies.png)",
  "",
  "![I/O-bound: batch time against the number of tasks N (log-log), whiskers: CI of the median (coverage in the table), ideal dashed, hollow points: extrapolated (not run)](io-scaling.png)",
  "",
  "![CPU-bound: worker-pool speedup against workers, ideal min(W, cores) dashed, core count marked](cpu-scaling.png)",
  "",
  "![Event-loop delay p99 of the main thread per strategy, CPU-bound and I/O-bound](event-loop-delay.png)",
  "",
  "## Context",
  "",
  "|  |  |",
  "|---|---|",
  "| Run | 2025-01-31 14:02 UTC |",
  "| Preset | standard |",
  "| Node | v20.20.2 (V8 11.3.244.8-node.33) |",
  "| OS | linux 6.8.0 x64 |",
  "| CPU | Test CPU 3.00GHz × 8 cores |",
  "| Commit | not a git checkout |",
  "| asyncbench | 0.1.0 |",
  "",
].join('\n');

test('summary.md of a broken run: warnings first, claims with marks, tables, charts, context', () => {
  assert.equal(formatMarkdown(brokenRun()), EXPECTED_BROKEN);
});

test('summary.md of a complete run has no warnings and marks every claim', () => {
  const md = formatMarkdown(completeRun());
  assert.ok(md.startsWith('# asyncbench results\n\n**Concurrent: 84× faster on I/O, 1.0× on CPU — only the worker pool speeds up CPU (1.9×)**\n'));
  assert.ok(!md.includes('⚠️'));
  assert.match(md, /^\| ✘ \| A worker pool speeds up CPU-bound work \| worker-pool 1\.9× vs ideal 8× \|/m);
  for (const png of ['headline', 'io-strategies', 'cpu-strategies', 'io-scaling', 'cpu-scaling', 'event-loop-delay']) {
    assert.match(md, new RegExp(`!\\[[^\\]]+\\]\\(${png}\\.png\\)`), png);
  }
});

test('Markdown cells escape pipes, emphasis marks, HTML and newlines', () => {
  assert.equal(mdCell('a|b *c* <img> d\ne'), 'a\\|b \\*c\\* &lt;img&gt; d e');
});
