// The bench's look before measuring: quiet goes on at once; busy waits a second at a time up to the
// limit, then says what the results will be judged against.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Capacity } from '../../src/measure/capacity.js';
import { waitForIdle } from '../../src/measure/wait-for-idle.js';

const look = (otherCpu: number): Capacity => ({
  cores: 2,
  otherCpu,
  otherCpuLow: otherCpu,
  otherCpuHigh: otherCpu,
  freeCores: 2 - otherCpu,
  ownCpu: 0,
  waitingThreads: 0,
  windowMs: 1000,
});

function fakeMonitor(others: number[]) {
  let i = 0;
  return { looks: () => i, sample: async () => look(others[Math.min(i++, others.length - 1)] as number) };
}

async function run(others: number[], limitS: number) {
  const monitor = fakeMonitor(others);
  const lines: string[] = [];
  const outcome = await waitForIdle({ monitor, cores: 2, limitS, signal: new AbortController().signal, warn: (m) => lines.push(m), lookMs: 1000 });
  return { outcome, lines, looks: monitor.looks() };
}

test('a quiet machine: one look, no line, nothing waited', async () => {
  const { outcome, lines, looks } = await run([0.1], 30);
  assert.equal(looks, 1);
  assert.deepEqual(lines, []);
  assert.equal(outcome.waitedMs, 0);
});

test('busy, then quiet: waits until the neighbour leaves and says so', async () => {
  const { outcome, lines, looks } = await run([1, 1, 0.2], 30);
  assert.equal(looks, 3);
  assert.equal(outcome.waitedMs, 2000);
  assert.deepEqual(lines, [
    'other processes are using 1 of 2 cores: waiting up to 30 s for them to settle (--wait-for-idle)',
    'the machine went quiet after 2 s (other processes: 0.2 cores): measuring',
  ]);
});

test('busy throughout: waits the limit, then the line naming the free capacity', async () => {
  const { outcome, lines, looks } = await run([1], 3);
  assert.equal(looks, 4);
  assert.equal(outcome.waitedMs, 3000);
  assert.equal(lines.at(-1), 'other processes are using 1 of 2 cores: CPU results will be judged against 1 free core');
});

test('--wait-for-idle 0: one look, and the line when busy', async () => {
  const { lines, looks } = await run([1.04], 0);
  assert.equal(looks, 1);
  assert.deepEqual(lines, ['other processes are using 1.04 of 2 cores: CPU results will be judged against 1 free core']);
});
