import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closedLatencyMs, cpuLanes, cpuThroughput, ioThroughput, openThroughput } from '../../src/model/littles-law.js';

test('I/O server: X = C x 1000 / d req/s (hand-computed)', () => {
  assert.equal(ioThroughput(1, 100).reqPerS, 10);
  assert.equal(ioThroughput(10, 100).reqPerS, 100);
  assert.equal(ioThroughput(1000, 100).reqPerS, 10_000);
  assert.equal(ioThroughput(3, 20).reqPerS, 150);
  assert.equal(ioThroughput(10, 100).formula, 'C*1000/d = 10*1000/100');
});

test('CPU server: X = min(C, threads, cores) x 1000 / c req/s (hand-computed)', () => {
  // Event loop: one thread, whatever C.
  assert.equal(cpuThroughput(1, 2, 1, 2).reqPerS, 500);
  assert.equal(cpuThroughput(1000, 2, 1, 2).reqPerS, 500);
  // Pool of 2 threads on 2 cores: one connection keeps one thread busy; two or more keep both.
  assert.equal(cpuThroughput(1, 2, 2, 2).reqPerS, 500);
  assert.equal(cpuThroughput(2, 2, 2, 2).reqPerS, 1000);
  assert.equal(cpuThroughput(100, 2, 2, 2).reqPerS, 1000);
  // More threads than cores: the cores cap it.
  assert.equal(cpuThroughput(100, 5, 8, 4).reqPerS, 800);
  assert.equal(cpuLanes(100, 8, 4), 4);
  assert.equal(cpuThroughput(10, 2, 2, 2).formula, 'min(C,threads,cores)*1000/c = min(10,2,2)*1000/2');
});

test('open model: the arrival rate caps the closed-model ideal', () => {
  assert.equal(openThroughput(200, cpuThroughput(100, 2, 1, 2)).reqPerS, 200);
  assert.equal(openThroughput(2000, cpuThroughput(100, 2, 1, 2)).reqPerS, 500);
});

test("Little's law latency W = C / X: C*c on the event loop, d for I/O", () => {
  assert.equal(closedLatencyMs(100, cpuThroughput(100, 2, 1, 2)), 200);
  assert.equal(closedLatencyMs(1000, cpuThroughput(1000, 2, 1, 2)), 2000);
  assert.equal(closedLatencyMs(100, cpuThroughput(100, 2, 2, 2)), 100);
  assert.equal(closedLatencyMs(1000, ioThroughput(1000, 100)), 100);
});
