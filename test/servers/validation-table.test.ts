import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Agent, request } from 'undici';
import { startCpuServer } from '../../servers/cpu-server.js';
import type { RunningServer } from '../../servers/http-common.js';
import { startIoServer } from '../../servers/io-server.js';

const agent = new Agent();
let io: RunningServer;
let cpu: RunningServer;

before(async () => {
  io = await startIoServer();
  cpu = await startCpuServer({ itersPerMs: 1000 });
});
after(async () => {
  await io.close();
  await cpu.close();
  await agent.close();
});

/** [server, path and query, the exact error text]: every parameter, every kind of bad value. */
const TABLE: readonly [server: 'io' | 'cpu', path: string, error: string][] = [
  ['io', '/delay', 'ms is required: an integer from 0 to 60000'],
  ['io', '/delay?ms=', "ms must be an integer from 0 to 60000 (got '')"],
  ['io', '/delay?ms=abc', "ms must be an integer from 0 to 60000 (got 'abc')"],
  ['io', '/delay?ms=1.5', "ms must be an integer from 0 to 60000 (got '1.5')"],
  ['io', '/delay?ms=-1', "ms must be an integer from 0 to 60000 (got '-1')"],
  ['io', '/delay?ms=%2B5', "ms must be an integer from 0 to 60000 (got '+5')"],
  ['io', '/delay?ms=+5', "ms must be an integer from 0 to 60000 (got ' 5')"],
  ['io', '/delay?ms=1e3', "ms must be an integer from 0 to 60000 (got '1e3')"],
  ['io', '/delay?ms=60001', "ms must be an integer from 0 to 60000 (got '60001')"],
  ['io', '/delay?ms=99999999999999999999', "ms must be an integer from 0 to 60000 (got '99999999999999999999')"],
  ['io', '/delay?ms=1&ms=2', 'ms is given more than once; give it once'],
  ['io', '/delay?ms=1&jitter=x', "jitter must be an integer from 0 to 60000 (got 'x')"],
  ['io', '/delay?ms=1&jitter=-3', "jitter must be an integer from 0 to 60000 (got '-3')"],
  ['io', '/delay?ms=1&jitter=60001', "jitter must be an integer from 0 to 60000 (got '60001')"],
  ['io', '/delay?ms=1&seed=-1', "seed must be an integer from 0 to 4294967295 (got '-1')"],
  ['io', '/delay?ms=1&seed=4294967296', "seed must be an integer from 0 to 4294967295 (got '4294967296')"],
  ['io', '/delay?ms=1&seed=1&index=x', "index must be an integer from 0 to 9007199254740991 (got 'x')"],
  ['io', '/delay?ms=1&bytes=-1', "bytes must be an integer from 0 to 10485760 (got '-1')"],
  ['io', '/delay?ms=1&bytes=10485761', "bytes must be an integer from 0 to 10485760 (got '10485761')"],
  ['io', '/delay?ms=1&status=199', "status must be an integer from 200 to 599 (got '199')"],
  ['io', '/delay?ms=1&status=600', "status must be an integer from 200 to 599 (got '600')"],
  ['io', '/delay?ms=1&status=ok', "status must be an integer from 200 to 599 (got 'ok')"],
  ['io', '/delay?ms=1&foo=1', "unknown parameter 'foo' (accepted: ms, jitter, seed, index, bytes, status)"],
  ['io', '/health?x=1', "unknown parameter 'x' (accepted: none)"],
  ['cpu', '/work', 'ms is required: an integer from 0 to 10000'],
  ['cpu', '/work?ms=x', "ms must be an integer from 0 to 10000 (got 'x')"],
  ['cpu', '/work?ms=-1', "ms must be an integer from 0 to 10000 (got '-1')"],
  ['cpu', '/work?ms=10001', "ms must be an integer from 0 to 10000 (got '10001')"],
  ['cpu', '/work?ms=5&threads=2', "unknown parameter 'threads' (accepted: ms)"],
];

for (const [server, path, error] of TABLE) {
  test(`${server} ${path} -> 400 ${error}`, async () => {
    const base = server === 'io' ? io.url : cpu.url;
    const res = await request(base + path, { dispatcher: agent });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.deepEqual(await res.body.json(), { error });
  });
}

test('the boundary values are accepted', async () => {
  for (const path of ['/delay?ms=0', '/delay?ms=0&jitter=0&seed=0&index=0&bytes=0&status=200', '/delay?ms=0&status=599&bytes=10485760']) {
    const res = await request(io.url + path, { dispatcher: agent });
    await res.body.arrayBuffer();
    assert.notEqual(res.statusCode, 400, path);
  }
  const res = await request(`${cpu.url}/work?ms=0`, { dispatcher: agent });
  assert.equal(res.statusCode, 200);
  await res.body.json();
});

test('the server still answers after every bad request', async () => {
  const res = await request(`${io.url}/health`, { dispatcher: agent });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(await res.body.json(), { ok: true, server: 'io' });
});

test('percent-encoding is decoded, and malformed percent-encoding is a 400', async () => {
  const ok = await request(`${io.url}/delay?%6Ds=1`, { dispatcher: agent });
  assert.equal(ok.statusCode, 200);
  await ok.body.json();
  const bad = await request(`${io.url}/delay?ms=%E0%A4%A`, { dispatcher: agent });
  assert.equal(bad.statusCode, 400);
  assert.deepEqual(await bad.body.json(), { error: "malformed percent-encoding in the query ('%E0%A4%A')" });
});
