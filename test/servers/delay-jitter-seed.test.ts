import assert from 'node:assert/strict';
import { test } from 'node:test';
import { request } from 'undici';
import { jittered, startIoServer, unitFromSeed } from '../../servers/io-server.js';
import { useIoServer } from './io-fixture.js';

const { agent, url } = useIoServer();

async function delayOf(query: string): Promise<{ delayMs: number; index?: number }> {
  const res = await request(`${url()}/delay?${query}`, { dispatcher: agent });
  assert.equal(res.statusCode, 200);
  return (await res.body.json()) as { delayMs: number; index?: number };
}

test('jittered delays stay within ms +- jitter and are not all equal', async () => {
  const delays = await Promise.all(Array.from({ length: 20 }, () => delayOf('ms=20&jitter=10').then((b) => b.delayMs)));
  for (const d of delays) assert.ok(d >= 10 && d <= 30, `delay ${d}`);
  assert.ok(new Set(delays).size > 1);
});

test('a seed and an index give the same delay every time, and match the documented function', async () => {
  const a = await delayOf('ms=20&jitter=15&seed=42&index=7');
  const b = await delayOf('ms=20&jitter=15&seed=42&index=7');
  assert.equal(a.delayMs, b.delayMs);
  assert.equal(a.delayMs, jittered(20, 15, unitFromSeed(42, 7)));
});

test('without index, the k-th request carrying a seed gets index k', async () => {
  const indexes = [];
  for (let i = 0; i < 3; i++) indexes.push((await delayOf('ms=0&jitter=5&seed=9001')).index);
  assert.deepEqual(indexes, [0, 1, 2]);
});

test('a seeded batch reproduces the same set of delays on a fresh server', async () => {
  const batch = async (url: string): Promise<number[]> => {
    const delays = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const res = await request(`${url}/delay?ms=10&jitter=10&seed=5`, { dispatcher: agent });
        return ((await res.body.json()) as { delayMs: number }).delayMs;
      }),
    );
    return delays.sort((x, y) => x - y);
  };
  const other = await startIoServer();
  try {
    const fresh = await startIoServer();
    try {
      assert.deepEqual(await batch(other.url), await batch(fresh.url));
    } finally {
      await fresh.close();
    }
  } finally {
    await other.close();
  }
});

test('unitFromSeed is in [0, 1) and spreads', () => {
  const values = Array.from({ length: 1000 }, (_, i) => unitFromSeed(1, i));
  for (const v of values) assert.ok(v >= 0 && v < 1);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  assert.ok(Math.abs(mean - 0.5) < 0.05, `mean ${mean}`);
  assert.equal(jittered(5, 10, 0), 0, 'never below 0');
});
