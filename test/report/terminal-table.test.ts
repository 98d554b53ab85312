import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTerminalReport } from '../../src/report/terminal.js';
import { brokenRun, completeRun } from './fixtures.js';

const EXPECTED_BROKEN = [
  "asyncbench · Node v20.20.2 · Test CPU 3.00GHz × 8 cores · preset standard · run 2025-01-31 14:02 UTC · no git commit",
  "",
  "suite  workload  strategy     point   median  ±CI of median  speedup  efficiency",
  "─────  ────────  ───────────  ─────  ───────  ─────────────  ───────  ──────────",
  "io     io        sequential           5.05 s          ±4.0%     1.0×         99%",
  "io     io        concurrent            60 ms          ±4.0%      84×         83%",
  "io     io        bounded             errored              –        –           –",
  "io     io        worker-pool           75 ms          ±4.0%      67×         67%",
  "",
  "! This run was interrupted: results are partial.",
  "! Suite not run: scaling.",
  "! io/bounded errored: Error: socket hang up",
  "! Suite cpu errored (AsyncbenchError: worker exited with code 1).",
  "",
  "Claims",
  "✔ Concurrency speeds up I/O-bound work — concurrent 84× vs ideal 100×",
  "? A worker pool speeds up CPU-bound work — cpu suite errored",
  "",
].join('\n');

test('the end-of-run text: context, a results table, warnings, claims with marks', () => {
  assert.equal(formatTerminalReport(brokenRun()), EXPECTED_BROKEN);
});

test('the terminal text is plain unless colour is asked for', () => {
  assert.ok(!formatTerminalReport(completeRun()).includes('\u001b['));
  assert.ok(formatTerminalReport(completeRun(), { color: true }).includes('\u001b[32m✔\u001b[0m'));
});
