import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Agent, request } from 'undici';
import { startCpuServer } from '../../servers/cpu-server.js';
import type { RunningServer } from '../../servers/http-common.js';
import { startIoServer } from '../../servers/io-server.js';

const LONG_MS = 10_000;

/** Starts `count` requests and waits until the server holds them. */
async function inFlight(agent: Agent, url: string, count: number): Promise<Promise<number | string>[]> {
  const pending = Array.from({ length: count }, () =>
    request(url, { dispatcher: agent }).then(
      async (res) => {
        await res.body.text();
        return res.statusCode;
      },
      (error: Error) => error.message,
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  return pending;
}

async function closeTimed(server: RunningServer): Promise<number> {
  const start = performance.now();
  await server.close();
  return performance.now() - start;
}

test('io close() answers in-flight delays with 503 and resolves long before they were due', async () => {
  const agent = new Agent();
  const io = await startIoServer();
  const pending = await inFlight(agent, `${io.url}/delay?ms=${LONG_MS}`, 5);
  const took = await closeTimed(io);
  assert.ok(took < LONG_MS / 10, `close took ${took.toFixed(0)} ms with ${LONG_MS} ms delays in flight`);
  assert.deepEqual(await Promise.all(pending), [503, 503, 503, 503, 503]);
  await assert.rejects(request(`${io.url}/health`, { dispatcher: agent }), /ECONNREFUSED/);
  await io.close(); // idempotent
  await agent.close();
});

test('io close() 503s exactly the delays still in flight after others finished out of order', async () => {
  const agent = new Agent();
  const io = await startIoServer();
  // Long and short delays interleaved; the short ones finish in an order unlike their arrival,
  // so entries leave the pending list from its head, middle and tail before close().
  const delays = [30, LONG_MS, 60, LONG_MS, 20, 40, LONG_MS, 10];
  const status = (ms: number) =>
    request(`${io.url}/delay?ms=${ms}`, { dispatcher: agent }).then(
      async (res) => {
        await res.body.text();
        return res.statusCode;
      },
      (error: Error) => error.message,
    );
  const outcomes = delays.map(status);
  const short = outcomes.filter((_o, i) => delays[i] !== LONG_MS);
  assert.deepEqual(await Promise.all(short), [200, 200, 200, 200, 200]);
  // One more after the removals: it must join the list behind the survivors.
  const late = (await inFlight(agent, `${io.url}/delay?ms=${LONG_MS}`, 1))[0];
  await io.close();
  assert.deepEqual(await Promise.all(outcomes), delays.map((ms) => (ms === LONG_MS ? 503 : 200)));
  assert.equal(await late, 503);
  await agent.close();
});

test('cpu close() with a thread pool answers running and queued work and resolves', async () => {
  const agent = new Agent();
  const cpu = await startCpuServer({ itersPerMs: 500_000, threads: 1 });
  const pending = await inFlight(agent, `${cpu.url}/work?ms=${LONG_MS}`, 3);
  const took = await closeTimed(cpu);
  assert.ok(took < LONG_MS / 5, `close took ${took.toFixed(0)} ms with ${LONG_MS} ms of work in flight`);
  for (const outcome of await Promise.all(pending)) assert.ok(outcome === 503 || typeof outcome === 'string', String(outcome));
  await agent.close();
});

test('after close() nothing of the servers stays open', async () => {
  const agent = new Agent();
  const io = await startIoServer();
  const cpu = await startCpuServer({ itersPerMs: 500_000, threads: 1 });
  await (await request(`${io.url}/delay?ms=1`, { dispatcher: agent })).body.json();
  await (await request(`${cpu.url}/work?ms=1`, { dispatcher: agent })).body.json();
  const pending = await inFlight(agent, `${io.url}/delay?ms=${LONG_MS}`, 2);
  await io.close();
  await cpu.close();
  await Promise.all(pending);
  await agent.close();
  // Handles finish closing on the next turns of the loop.
  await new Promise((resolve) => setTimeout(resolve, 100));
  // The test runner's own stdio pipes stay; no socket, server, timer or worker of ours may.
  const open = process.getActiveResourcesInfo().filter((r) => r !== 'PipeWrap' && r !== 'TTYWrap');
  assert.deepEqual(open, []);
});
