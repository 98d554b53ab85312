import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compare } from '../../src/compare/compare.js';
import { toMarkdown } from '../../src/compare/markdown.js';
import { resultsFile, suite, timeResult } from './fixtures.js';

// Five samples a side, hand-picked: bounded falls from 4x to 1x, concurrent stays put.
// CI by hand (5 vs 5, c = 2, coverage 96%: the 3rd smallest and 3rd largest of the 25 ratios current/baseline):
// bounded time: 1000/260 = 3.846 (+284.6%), 1000/240 = 4.167 (+316.7%); speedup: 240/1000 = 0.24 (-76.0%);
// concurrent (same samples both sides): 51/54 = 0.944 (-5.6%), 54/51 = 1.059 (+5.9%).
const file = (boundedMs: number[], cpu = 'Test CPU @ 2.0GHz') =>
  resultsFile(
    [
      suite('io', [
        timeResult('concurrent', [50, 51, 52, 53, 54], { sequentialMedian: 1000, ideal: 50 }),
        timeResult('bounded', boundedMs, { sequentialMedian: 1000, ideal: 250 }),
      ]),
    ],
    { cpu: { model: cpu, cores: 2, speedMHz: null } },
  );

test('Markdown: outcome, context warning, rule, regressions first, unchanged folded', () => {
  const c = compare(file([240, 245, 250, 255, 260]), file([990, 995, 1000, 1005, 1010], 'Other CPU'), {
    labels: { baseline: 'main', current: 'pr' },
  });
  const expected = `## asyncbench compare: regression

**FAIL: 1 gated regression; 3 regressed (1 gated), 0 improved, 3 unchanged, 0 within noise, 0 inconclusive**

Baseline: main · Current: pr

testbeds differ: linux-x64-test-2c-node20 -> linux-x64-other-2c-node20 (--cross-machine: nothing gated)

> [!WARNING]
> The two runs ran in different contexts; absolute times and throughputs are not comparable:
> - CPU model differs: Test CPU @ 2.0GHz → Other CPU

Rule: regressed = p < 0.01 (two-sided Mann–Whitney U over the per-run values when a file holds several runs, else over the raw samples) and a change of more than 10% in the worse direction; improved = the same in the better direction; inconclusive = too few runs or samples to reach p < 0.01, or not significant while the CI of the change reaches past 10% in the worse direction; unchanged = otherwise. Never regressed or improved: a batch time that moved less than 2 ms (noise floor: within-noise), or a result measured short of CPU while other processes held 0.5 cores or more (a crowded run, its threads waiting for a core: left out of a per-run test, else inconclusive). Gated (can fail the run): speedup.

| Verdict | Metric | Baseline | Current | Change | CI of change, coverage | n | p | Gated |
|---|---|---|---|---|---|---|---|---|
| **regressed** | \`io/io/bounded\` speedup | 4x | 1x | -75.0% | [-76.0%, -74.0%] 96% | 5 samples | 0.0079 | yes |
| **regressed** | \`io/io/bounded\` efficiency | 1x | 0.25x | -75.0% | [-76.0%, -74.0%] 96% | 5 samples | 0.0079 | no |
| **regressed** | \`io/io/bounded\` time | 250 ms | 1000 ms | +300.0% | [+284.6%, +316.7%] 96% | 5 samples | 0.0079 | no |

<details><summary>3 unchanged</summary>

| Verdict | Metric | Baseline | Current | Change | CI of change, coverage | n | p | Gated |
|---|---|---|---|---|---|---|---|---|
| unchanged | \`io/io/concurrent\` speedup | 19.2x | 19.2x | +0.0% | [-5.6%, +5.9%] 96% | 5 samples | 1.0000 | yes |
| unchanged | \`io/io/concurrent\` efficiency | 0.962x | 0.962x | +0.0% | [-5.6%, +5.9%] 96% | 5 samples | 1.0000 | no |
| unchanged | \`io/io/concurrent\` time | 52 ms | 52 ms | +0.0% | [-5.6%, +5.9%] 96% | 5 samples | 1.0000 | no |

</details>
`;
  assert.equal(toMarkdown(c), expected);
});

test('Markdown lists disjoint metrics and errored results after the tables', () => {
  const a = file([240, 245, 250, 255, 260]);
  const b = resultsFile([suite('io', [timeResult('concurrent', [50, 51, 52, 53, 54], { sequentialMedian: 1000, ideal: 50 })])]);
  const md = toMarkdown(compare(a, b));
  assert.ok(md.includes('Only in baseline (not compared): `io/io/bounded:speedup`, `io/io/bounded:efficiency`, `io/io/bounded:time`\n'));
  assert.ok(md.startsWith('## asyncbench compare: no regression\n\n**PASS: no gated regression; 0 regressed (0 gated), 0 improved, 3 unchanged, 0 within noise, 0 inconclusive**'));
});
