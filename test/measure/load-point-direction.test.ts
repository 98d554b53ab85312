/**
 * A tiny real load run against the I/O server on 127.0.0.1: 1 s per point, a few connections.
 * Asserts structure and direction only (more connections, more throughput), never absolute figures.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { startServersProcess, type ServersProcess } from '../../servers/spawn.js';
import { runLoadPoint } from '../../src/measure/autocannon.js';

let servers: ServersProcess;
before(async () => {
  servers = await startServersProcess({ only: 'io' });
});
after(async () => {
  await servers.close();
});

const url = () => `${servers.io?.url ?? ''}/delay?ms=50`;
const signal = new AbortController().signal;

test('more connections to the I/O server give more requests per second', async () => {
  const one = await runLoadPoint({ url: url(), connections: 1, warmupS: 0.2, durationS: 1, rate: null, signal });
  const eight = await runLoadPoint({ url: url(), connections: 8, warmupS: 0.2, durationS: 1, rate: null, signal });
  assert.equal(one.state, 'completed');
  assert.equal(eight.state, 'completed');
  if (one.state !== 'completed' || eight.state !== 'completed') return;
  assert.equal(one.samples.length, 1);
  assert.equal(one.figures.model, 'closed');
  assert.equal(eight.figures.connections, 8);
  assert.equal(eight.figures.errors, 0);
  // Ideal ratio 8 (Little's law); a loaded machine still gives well over 2.
  assert.ok(eight.figures.requestsPerSecond > 2 * one.figures.requestsPerSecond, `${eight.figures.requestsPerSecond} vs ${one.figures.requestsPerSecond}`);
  // Latency stays about d whatever C: waits overlap.
  assert.ok(eight.figures.latency.p50 >= 50 && eight.figures.latency.p50 < 5 * 50);
  assert.ok(eight.figures.latency.p50 <= eight.figures.latency.p99 && eight.figures.latency.p99 <= eight.figures.latency.max);
});

test('a server that is not there ends the point as errored with the reason', async () => {
  // A port that was free a moment ago: nothing listens on it.
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const outcome = await runLoadPoint({ url: `http://127.0.0.1:${port}/`, connections: 2, warmupS: 0, durationS: 1, rate: null, signal });
  assert.equal(outcome.state, 'errored');
  if (outcome.state === 'errored') assert.match(outcome.error.message, /no successful response/);
});

test('an abort stops the point promptly', async () => {
  const controller = new AbortController();
  const started = performance.now();
  setTimeout(() => controller.abort(), 300);
  const outcome = await runLoadPoint({ url: url(), connections: 2, warmupS: 0, durationS: 10, rate: null, signal: controller.signal });
  assert.equal(outcome.state, 'aborted');
  assert.ok(performance.now() - started < 3000);
});
