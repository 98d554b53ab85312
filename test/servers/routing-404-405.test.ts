import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Agent, request } from 'undici';
import type { RunningServer } from '../../servers/http-common.js';
import { startIoServer } from '../../servers/io-server.js';

const agent = new Agent();
let io: RunningServer;

before(async () => {
  io = await startIoServer();
});
after(async () => {
  await io.close();
  await agent.close();
});

test('an unknown path gets 404 JSON naming the known paths', async () => {
  const res = await request(`${io.url}/nope?ms=1`, { dispatcher: agent });
  assert.equal(res.statusCode, 404);
  assert.deepEqual(await res.body.json(), { error: "no such path '/nope' (paths: /delay, /health)" });
});

for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const) {
  test(`${method} gets 405 with Allow: GET, HEAD`, async () => {
    const res = await request(`${io.url}/delay?ms=1`, { method, dispatcher: agent });
    assert.equal(res.statusCode, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
    assert.deepEqual(await res.body.json(), { error: `method ${method} not allowed on /delay (allowed: GET, HEAD)` });
  });
}

test('HEAD is allowed and answers without a body', async () => {
  const res = await request(`${io.url}/health`, { method: 'HEAD', dispatcher: agent });
  assert.equal(res.statusCode, 200);
  assert.equal((await res.body.text()).length, 0);
});

test('GET /health answers 200 JSON', async () => {
  const res = await request(`${io.url}/health`, { dispatcher: agent });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(await res.body.json(), { ok: true, server: 'io' });
});
