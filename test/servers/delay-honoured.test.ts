import assert from 'node:assert/strict';
import { test } from 'node:test';
import { request } from 'undici';
import { useIoServer } from './io-fixture.js';

const DELAY_MS = 100;
const { agent, url } = useIoServer();

test('20 concurrent ms=100 requests finish together, in well under 2x the delay (never near 20x)', async () => {
  const start = performance.now();
  const bodies = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const res = await request(`${url()}/delay?ms=${DELAY_MS}`, { dispatcher: agent });
      assert.equal(res.statusCode, 200);
      return (await res.body.json()) as { ms: number; delayMs: number; actualMs: number };
    }),
  );
  const ratio = (performance.now() - start) / DELAY_MS;
  assert.ok(ratio >= 0.95, `the batch took ${ratio.toFixed(2)}x the delay, less than the delay itself`);
  assert.ok(ratio < 2, `the batch took ${ratio.toFixed(2)}x the delay`);
  for (const body of bodies) {
    assert.equal(body.ms, DELAY_MS);
    assert.equal(body.delayMs, DELAY_MS);
    // Node's timers run off the loop's cached clock, so an answer may come up to ~1 ms early.
    assert.ok(body.actualMs / DELAY_MS > 0.97 && body.actualMs / DELAY_MS < 2, `actualMs ${body.actualMs}`);
  }
});

test('ms=0 answers at once, much sooner than ms=100', async () => {
  const t0 = performance.now();
  await (await request(`${url()}/delay?ms=0`, { dispatcher: agent })).body.json();
  const zero = performance.now() - t0;
  const t1 = performance.now();
  await (await request(`${url()}/delay?ms=${DELAY_MS}`, { dispatcher: agent })).body.json();
  const hundred = performance.now() - t1;
  assert.ok(zero < hundred / 2, `ms=0 took ${zero.toFixed(1)} ms, ms=100 took ${hundred.toFixed(1)} ms`);
});
