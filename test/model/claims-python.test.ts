// The python suite's claims from hand-built results: each verdict and its turn. The article's
// sentence, gather against what one thread allows, async on CPU, threads with the GIL on and off
// (the claim turns and says so), and processes up to the cores.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonClaims } from '../../src/model/python-claims.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

const article = (gather: number, oneByOne: number) => [
  completed('io', 'concurrent', gather, { point: { calls: 3 }, params: { delaysMs: '100,200,300', maxDelayMs: 300 } }),
  completed('io', 'sequential', oneByOne, { point: { calls: 3 }, params: { sumDelayMs: 600 } }),
];
const io = (seq: number, gather: number, busyCores: number) => [
  completed('io', 'sequential', seq, { params: { tasks: 20, delayMs: 20 } }),
  completed('io', 'concurrent', gather, { params: { tasks: 20, delayMs: 20 }, speedup: seq / gather, busyCores }),
];
/** CPU results from speedups; threads keep `busy` cores busy (one for GIL-bound threads). */
const cpu = (gil: 'on' | 'off', speedups: Record<string, number>, busy = gil === 'on' ? 1.01 : 1.9): CompletedResult[] => [
  completed('cpu', 'sequential', 80, { params: { gil, workers: 2 }, speedup: 1 }),
  ...Object.entries(speedups).map(([s, v]) =>
    completed('cpu', s, 80 / v, { params: { gil, workers: 2, threads: 6 }, speedup: v, poolStartupMs: 70, ...(s.includes('thread') ? { busyCores: busy } : s === 'process-pool' ? { busyCores: Math.min(2, v + 0.1) } : {}) }),
  ),
];
const verdicts = (results: CompletedResult[]) => Object.fromEntries(pythonClaims(suiteOf('python', results), 2).map((c) => [c.id, c.holds]));

test("the article's sentence: gather near the slowest, one by one near the sum", () => {
  assert.equal(verdicts(article(334, 636))['python.article-slowest'], true);
  assert.equal(verdicts(article(400, 636))['python.article-slowest'], false, 'gather at 1.33x the slowest');
  assert.equal(verdicts(article(334, 340))['python.article-slowest'], false, 'one by one far below the sum: not one by one');
});

test('gather is judged against what one thread allows, max(d, N*o)', () => {
  // o = 0.5 * 40 / 20 = 1 ms: one thread allows 455 / max(20, 20) = 22.75x; 11.4x is half of it.
  assert.equal(verdicts(io(455, 40, 0.5))['python.io-concurrent-speedup'], true);
  assert.equal(verdicts(io(455, 100, 0.2))['python.io-concurrent-speedup'], false, '4.55x against 22.75x');
  const claim = pythonClaims(suiteOf('python', io(455, 40, 0.5)), 2).find((c) => c.id === 'python.io-concurrent-speedup');
  assert.match(claim?.evidence ?? '', /o = 1 ms of CPU a call, so one thread allows at most 22\.8x/);
});

test('async gives CPU work nothing; threads nothing while the GIL is on; processes up to the cores', () => {
  const v = verdicts(cpu('on', { concurrent: 0.98, 'to-thread': 1.02, 'thread-pool': 0.8, 'process-pool': 1.85 }));
  assert.deepEqual(
    [v['python.cpu-async-no-benefit'], v['python.cpu-threads-gil'], v['python.cpu-processes-speedup']],
    [true, true, true],
  );
  assert.equal(verdicts(cpu('on', { 'to-thread': 1, 'thread-pool': 1.6 }, 1.8))['python.cpu-threads-gil'], false, 'threads computing at once while the GIL is on');
  // A GIL-bound thread on a faster core than sequential's reads a speedup; one core busy is what decides.
  assert.equal(verdicts(cpu('on', { 'to-thread': 1.2, 'thread-pool': 1.26 }, 0.99))['python.cpu-threads-gil'], true);
  assert.equal(verdicts(cpu('on', { 'process-pool': 1.1 }))['python.cpu-processes-speedup'], false, 'one core busy, no faster');
  // Two cores busy and faster, though short of 1.4x: the slower vCPU's share, not a lack of parallelism.
  assert.equal(verdicts(cpu('on', { 'process-pool': 1.35 }))['python.cpu-processes-speedup'], true);
});

test('async on CPU is judged on paired rounds: a slow round of sequential alone does not move it', () => {
  const seq = completed('cpu', 'sequential', 80, { samples: [74, 73, 135, 72, 120], params: { gil: 'on' }, speedup: 1 });
  const con = completed('cpu', 'concurrent', 74, { samples: [73, 74, 134, 73, 119], params: { gil: 'on' }, speedup: 80 / 74 });
  const claim = pythonClaims(suiteOf('python', [seq, con]), 2).find((c) => c.id === 'python.cpu-async-no-benefit');
  assert.equal(claim?.holds, true);
  assert.match(claim?.evidence ?? '', /paired over 5 rounds: 1\.0\dx/);
  // Gather really faster in every round: it fails.
  const fast = completed('cpu', 'concurrent', 50, { samples: [50, 49, 90, 48, 80], params: { gil: 'on' }, speedup: 1.6 });
  assert.equal(pythonClaims(suiteOf('python', [seq, fast]), 2).find((c) => c.id === 'python.cpu-async-no-benefit')?.holds, false);
});

test('a free-threaded build turns the thread claim and says so, instead of failing it', () => {
  const claims = pythonClaims(suiteOf('python', cpu('off', { 'to-thread': 1.9, 'thread-pool': 1.9 })), 2);
  const threads = claims.find((c) => c.id === 'python.cpu-threads-gil');
  assert.equal(threads?.holds, true);
  assert.match(threads?.statement ?? '', /GIL off/);
  assert.match(threads?.rule ?? '', /the GIL is off/);
  assert.equal(verdicts(cpu('off', { 'thread-pool': 1 }, 1))['python.cpu-threads-gil'], false, 'one core busy without the GIL');
});

test('missing results leave every claim undecided', () => {
  assert.deepEqual(Object.values(verdicts([])), [null, null, null, null, null, null]);
});
