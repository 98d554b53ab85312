import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMergeMarkdown } from '../../src/merge/markdown.js';
import { merge } from '../../src/merge/merge.js';
import { twoMachines } from './fixtures.js';

// The whole summary.md of a merge of two machines: the three claims that differ first (in the order
// they first appear), then the one that agrees; a claim the 1-core run lacks is not decided there.
const EXPECTED = [
  '# asyncbench across machines',
  '',
  '**2 machines, 4 claims: 3 differ across machines**',
  '',
  '## Machines',
  '',
  '| Machine | OS/arch | CPU | Cores | Node | Date |',
  '|---|---|---|---|---|---|',
  '| linux-1c | linux/x64 | Test CPU @ 2.0GHz | 1 (host 2) | v20.20.2 | 2025-01-01 00:00 UTC |',
  '| linux-2c | linux/x64 | Test CPU @ 2.0GHz | 2 | v24.11.1 | 2025-01-01 01:00 UTC |',
  '',
  '## Claims',
  '',
  '|  | Claim | linux-1c | linux-2c |',
  '|---|---|---|---|',
  '| ≠ | A worker pool speeds up CPU-bound work | ✔ | ✘ |',
  '| ≠ | CPU work on the main thread blocks the event loop | ✔ | ? |',
  "| ≠ | Node's async calls run in parallel on libuv's pool | ? | ✔ |",
  '|  | Concurrency speeds up I/O-bound work | ✔ | ✔ |',
  '',
  '≠ the verdict differs across machines · ✔ holds · ✘ does not hold · ? not decided (its evidence says why: a suite missing or errored, a busy machine, a machine without what the claim needs; or the run does not have the claim)',
  '',
  '### Evidence',
  '',
  '**A worker pool speeds up CPU-bound work** (`cpu.pool-speedup`), differs across machines',
  '',
  '- linux-1c: ✔ W = 1 threads on 1 cores: 0.98x (ideal 1x) (judged against 1 core)',
  '- linux-2c: ✘ W = 2 threads on 2 cores: 0.9x (ideal 2x) (judged against 2 cores)',
  '',
  '**CPU work on the main thread blocks the event loop** (`cpu.event-loop-blocked`), differs across machines',
  '',
  '- linux-1c: ✔ p99 89.9 ms concurrent, 2.15 ms worker-pool',
  '- linux-2c: ? cpu suite errored',
  '',
  "**Node's async calls run in parallel on libuv's pool** (`threadpool.parallel`), differs across machines",
  '',
  '- linux-1c: ? not in this run',
  '- linux-2c: ✔ async-all 1.9x at size 2',
  '',
  '**Concurrency speeds up I/O-bound work** (`io.concurrent-speedup`)',
  '',
  '- linux-1c: ✔ 20 calls: 18x (ideal 20x)',
  '- linux-2c: ✔ 20 calls: 18.2x (ideal 20x)',
  '',
  '## Charts',
  '',
  '![Worker-pool speedup (cpu suite) against the cores each machine gave the process, one point per machine, ideal min(W, cores) dashed](machines-cpu-scaling.png)',
  '',
  '![Concurrent I/O (io suite) per machine: speedup over sequential (ideal dashed) and efficiency](machines-io.png)',
  '',
].join('\n');

test('summary.md of a merge: machines table, claims matrix with the differing claims first, evidence per claim and machine', () => {
  const { merged } = merge(twoMachines());
  assert.equal(formatMergeMarkdown(merged), EXPECTED);
});
