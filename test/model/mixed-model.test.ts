import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mixedIdeal, modelCrossoverShare, splitTask } from '../../src/model/mixed.js';

const base = { tasks: 16, workers: 2, concurrency: 8, cores: 2 };

test('mixed model times, N = 16, c = 5, d = 15 (hand-computed)', () => {
  const at = (strategy: 'sequential' | 'concurrent' | 'worker-pool') => mixedIdeal({ ...base, strategy, cpuMs: 5, delayMs: 15 });
  assert.equal(at('sequential').ms, 320); // 16 * 20
  assert.equal(at('concurrent').ms, 95); // 16 * 5 + 15
  assert.equal(at('worker-pool').ms, 160); // ceil(16/2) * 20
  assert.equal(at('concurrent').formula, 'N*c+d = 16*5+15');
  assert.equal(at('worker-pool').formula, 'ceil(N/W)*(c+d) = ceil(16/2)*(5+15)');
});

test('mixed model at the ends of the sweep: f = 0 is pure I/O, f = 1 pure CPU', () => {
  assert.equal(mixedIdeal({ ...base, strategy: 'concurrent', cpuMs: 0, delayMs: 20 }).ms, 20);
  assert.equal(mixedIdeal({ ...base, strategy: 'concurrent', cpuMs: 20, delayMs: 0 }).ms, 320);
  assert.equal(mixedIdeal({ ...base, strategy: 'worker-pool', cpuMs: 20, delayMs: 0 }).ms, 160);
});

test('pool with W > cores: the CPU parts queue for the cores when that bound is larger', () => {
  // W = 8 on 2 cores, N = 16, c = 20, d = 0: ceil(16/8)*20 = 40 < 16*20/2 = 160.
  const r = mixedIdeal({ ...base, workers: 8, strategy: 'worker-pool', cpuMs: 20, delayMs: 0 });
  assert.equal(r.ms, 160);
  assert.match(r.formula, /^max\(/);
  // Mostly I/O: the per-thread bound wins again: ceil(16/8)*(2+18) = 40 > 16*2/2 = 16.
  assert.equal(mixedIdeal({ ...base, workers: 8, strategy: 'worker-pool', cpuMs: 2, delayMs: 18 }).ms, 40);
});

test('crossover share (ceil(N/W) - 1) / (N - 1): where N*f*T + (1-f)*T = ceil(N/W)*T', () => {
  assert.equal(modelCrossoverShare(16, 2), 7 / 15);
  assert.equal(modelCrossoverShare(8, 2), 3 / 7);
  assert.equal(modelCrossoverShare(1, 2), null);
  // At f*, the two model times are equal (T = 1).
  const f = modelCrossoverShare(16, 2) as number;
  assert.ok(Math.abs(16 * f + (1 - f) - 8) < 1e-12);
});

test('splitTask: whole-ms d = round(T(1-f)), c = T - d', () => {
  assert.deepEqual(splitTask(20, 0), { cpuMs: 0, delayMs: 20 });
  assert.deepEqual(splitTask(20, 0.1), { cpuMs: 2, delayMs: 18 });
  assert.deepEqual(splitTask(20, 0.25), { cpuMs: 5, delayMs: 15 });
  assert.deepEqual(splitTask(20, 1), { cpuMs: 20, delayMs: 0 });
});
