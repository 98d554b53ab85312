import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadClaims } from '../../src/model/load-claims.js';
import type { CompletedResult } from '../../src/results/schema.js';
import { loadPoint } from './load-builder.js';
import { suiteOf } from './results-builder.js';

/** A point burning `cpuMs` per request instead of the builder's 2 ms. */
const withC = (r: CompletedResult, cpuMs: number): CompletedResult => ({ ...r, params: { ...r.params, cpuMs } });

test('pool claim: judged against its own c, and compared with the event loop in cores of work', () => {
  // Event loop at c = 2 ms: 480 req/s = 0.96 cores of work. Pool at c = 10 ms on 2 cores: ideal 200 req/s.
  const single = [1, 10, 100].map((c) => loadPoint('cpu', c, 480, 2 * c, 500));
  const pool = (rps: number) => [1, 10, 100].map((c) => withC(loadPoint('cpu-pool', c, c === 1 ? 95 : rps, 10 * c, c === 1 ? 100 : 200), 10));
  const claim = (rps: number) => loadClaims(suiteOf('load', [...single, ...pool(rps)]), 2)[3];

  const good = claim(160);
  assert.equal(good?.holds, true);
  assert.match(good?.evidence ?? '', /cores\*1000\/c = 200 req\/s \(c = 10 ms\)/);
  assert.match(good?.evidence ?? '', /1\.6 cores of work per second, 1\.67x the event-loop server's 0\.96/);
  // 110 req/s is 55% of 2 x 1000/10: below the 60% share, although 110 x 10 ms beats 480 x 2 ms.
  assert.equal(claim(110)?.holds, false);
});
