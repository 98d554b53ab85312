import assert from 'node:assert/strict';
import { test } from 'node:test';
import { request } from 'undici';
import { useIoServer } from './io-fixture.js';

const { agent, url } = useIoServer();

test('bytes=B gives a body of exactly B bytes, still JSON when the echo fits', async () => {
  const res = await request(`${url()}/delay?ms=1&bytes=1000`, { dispatcher: agent });
  const text = await res.body.text();
  assert.equal(Buffer.byteLength(text), 1000);
  assert.equal(res.headers['content-length'], '1000');
  assert.deepEqual((JSON.parse(text) as { ms: number }).ms, 1);
});

test('bytes smaller than the echo gives that many bytes of filler', async () => {
  const res = await request(`${url()}/delay?ms=1&bytes=7`, { dispatcher: agent });
  assert.equal(res.headers['content-type'], 'application/octet-stream');
  assert.equal(await res.body.text(), 'xxxxxxx');
});

test('bytes=10 MiB is served in full', async () => {
  const res = await request(`${url()}/delay?ms=0&bytes=10485760`, { dispatcher: agent });
  assert.equal((await res.body.arrayBuffer()).byteLength, 10 * 1024 * 1024);
});

test('status=S answers with status S after the delay, echoing it', async () => {
  for (const status of [200, 404, 500, 503, 599]) {
    const res = await request(`${url()}/delay?ms=1&status=${status}`, { dispatcher: agent });
    assert.equal(res.statusCode, status);
    assert.equal(((await res.body.json()) as { status: number }).status, status);
  }
});

test('status=204 answers without a body', async () => {
  const res = await request(`${url()}/delay?ms=1&status=204`, { dispatcher: agent });
  assert.equal(res.statusCode, 204);
  assert.equal(await res.body.text(), '');
});
