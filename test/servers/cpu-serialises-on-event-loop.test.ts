import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Agent, request } from 'undici';
import { calibrate } from '../../servers/cpu-burn.js';
import { startCpuServer, type RunningCpuServer } from '../../servers/cpu-server.js';

const WORK_MS = 50;
const BATCH = 6;
const agent = new Agent();
let itersPerMs: number;
let loop: RunningCpuServer;
let pool: RunningCpuServer;

before(async () => {
  itersPerMs = calibrate();
  loop = await startCpuServer({ itersPerMs });
  pool = await startCpuServer({ itersPerMs, threads: 2 });
});
after(async () => {
  await loop.close();
  await pool.close();
  await agent.close();
});

interface Span {
  startedAt: number;
  endedAt: number;
}

/** Sends BATCH concurrent requests; returns when each one's loop ran, in start order. */
async function batch(url: string): Promise<Span[]> {
  const spans = await Promise.all(
    Array.from({ length: BATCH }, async () => {
      const res = await request(`${url}/work?ms=${WORK_MS}`, { dispatcher: agent });
      assert.equal(res.statusCode, 200);
      return (await res.body.json()) as Span;
    }),
  );
  return spans.sort((a, b) => a.startedAt - b.startedAt);
}

/** Pairs of consecutive spans whose loops ran at the same time. */
function overlaps(spans: readonly Span[]): number {
  let count = 0;
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1];
    const current = spans[i];
    if (previous !== undefined && current !== undefined && current.startedAt < previous.endedAt) count++;
  }
  return count;
}

// Which loops ran at the same time is a fact of scheduling, not of speed: these assertions hold on
// a loaded machine, where wall-clock ratios would not.
test('on the event loop, concurrent requests take turns: no two loops overlap', async () => {
  const spans = await batch(loop.url);
  assert.equal(overlaps(spans), 0, JSON.stringify(spans));
});

test('with threads: 2, concurrent requests run two at a time', async () => {
  const spans = await batch(pool.url);
  assert.ok(overlaps(spans) >= BATCH / 2 - 1, `only ${overlaps(spans)} overlapping pairs: ${JSON.stringify(spans)}`);
});

test('a /work answer reports the iterations run and which runner ran them', async () => {
  for (const [server, runner] of [[loop, 'event-loop'], [pool, 'pool']] as const) {
    const res = await request(`${server.url}/work?ms=5`, { dispatcher: agent });
    const body = (await res.body.json()) as { ms: number; iterations: number; runner: string; actualMs: number } & Span;
    assert.equal(body.ms, 5);
    assert.equal(body.iterations, Math.round(5 * itersPerMs));
    assert.equal(body.runner, runner);
    assert.ok(body.actualMs > 0);
    assert.ok(body.endedAt > body.startedAt);
  }
});
