import assert from 'node:assert/strict';
import { test } from 'node:test';
import { request } from 'undici';
import { useIoServer } from './io-fixture.js';

const { agent, url } = useIoServer();

test('an unknown path gets 404 JSON naming the known paths', async () => {
  const res = await request(`${url()}/nope?ms=1`, { dispatcher: agent });
  assert.equal(res.statusCode, 404);
  assert.deepEqual(await res.body.json(), { error: "no such path '/nope' (paths: /delay, /health)" });
});

for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const) {
  test(`${method} gets 405 with Allow: GET, HEAD`, async () => {
    const res = await request(`${url()}/delay?ms=1`, { method, dispatcher: agent });
    assert.equal(res.statusCode, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
    assert.deepEqual(await res.body.json(), { error: `method ${method} not allowed on /delay (allowed: GET, HEAD)` });
  });
}

test('HEAD is allowed and answers without a body', async () => {
  const res = await request(`${url()}/health`, { method: 'HEAD', dispatcher: agent });
  assert.equal(res.statusCode, 200);
  assert.equal((await res.body.text()).length, 0);
});

test('GET /health answers 200 JSON', async () => {
  const res = await request(`${url()}/health`, { dispatcher: agent });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(await res.body.json(), { ok: true, server: 'io' });
});
