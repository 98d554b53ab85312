// python.files-to-thread-capped from hand-built results: it holds when to_thread and each
// ThreadPoolExecutor(k) fit their waves of d, [W*d, W*d + N*o], fails when one does not (an
// executor without a cap, a pool slower than its waves), and is undecided when N <= T, when the
// reads' own overhead N*o reaches d, and when the part was not measured (FUSE missing, no results).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pythonClaims } from '../../src/model/python-claims.js';
import type { CompletedResult, Suite } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

const ID = 'python.files-to-thread-capped';
const params = (n: number) => ({ tasks: n, delayMs: 20, bytes: 4096 });

/** The files part at N reads of 20 ms: one by one, to_thread with T threads, and pools of k -> median. */
function files(n: number, seq: number, t: number, toThread: number, pools: Record<number, number>): CompletedResult[] {
  return [
    completed('file', 'sequential', seq, { point: { tasks: n }, params: params(n) }),
    completed('file', 'to-thread', toThread, { point: { tasks: n }, params: { ...params(n), threads: t } }),
    ...Object.entries(pools).map(([k, median]) => completed('file', 'thread-pool', median, { point: { tasks: n, threads: Number(k) }, params: { ...params(n), threads: Number(k) } })),
  ];
}

const claimOf = (suite: Suite) => pythonClaims(suite, 2).find((c) => c.id === ID);

// Measured here (quick, 2 cores): one by one 331 ms, so o = 331/16 - 20 = 0.69 ms and N*o = 11 ms.
const table: Array<[string, CompletedResult[], boolean | null, RegExp]> = [
  ['holds: to_thread in 3 waves of its 6 threads, each pool in its own', files(16, 331, 6, 65.9, { 4: 86.3, 16: 25.4 }), true, /to_thread \(T = 6\) 65\.9 ms: 3 waves, \[60, 71\] in; ThreadPoolExecutor\(4\) 86\.3 ms: 4 waves, \[80, 91\] in; ThreadPoolExecutor\(16\) 25\.4 ms: 1 wave, \[20, 31\] in$/],
  ['fails: to_thread in one wave, as if it had no cap', files(16, 331, 6, 25, { 4: 86.3, 16: 25.4 }), false, /to_thread \(T = 6\) 25 ms: 3 waves, \[60, 71\] out/],
  ['fails: a pool a wave slower than its model', files(16, 331, 6, 65.9, { 4: 105, 16: 25.4 }), false, /ThreadPoolExecutor\(4\) 105 ms: 4 waves, \[80, 91\] out/],
  ['undecided: N <= T, one wave shows no cap', files(6, 124, 6, 24, { 4: 44 }), null, /^N = 6 reads fit in the default executor's 6 threads at once: one wave, no cap to see \(N must exceed T\)$/],
  ['undecided: N*o reaches d, the band holds two numbers of waves', files(16, 660, 6, 70, { 4: 90 }), null, /o = 21\.3 ms a read: N\*o = 340 ms is not below d/],
  ['not measured: no results of the part', [], null, /^not measured: python\/file\/sequential has no completed result in this run$/],
];

for (const [name, results, holds, evidence] of table) {
  test(`files claim: ${name}`, () => {
    const claim = claimOf(suiteOf('python', results));
    assert.equal(claim?.holds, holds);
    assert.match(claim?.evidence ?? '', evidence);
  });
}

test('files claim: not measured when the part was skipped, with the reason', () => {
  const suite = { ...suiteOf('python', []), params: { filesSkipped: 'FUSE is not usable here; install it with `npm run setup -- --fuse`' } };
  const claim = claimOf(suite);
  assert.equal(claim?.holds, null);
  assert.equal(claim?.evidence, 'not measured: FUSE is not usable here; install it with `npm run setup -- --fuse`');
});
