/**
 * The CPU stand-in: an allocation-free pure-JS integer loop, calibrated in iterations per millisecond.
 *
 * Why an integer loop and not a hash chain: `crypto.createHash` allocates, so its single-thread
 * baseline already used about 1.2 cores (GC threads) and its 2-worker speedup swung 1.3-1.6x on the
 * 2-core machine; this loop touches no heap, so one burn uses one core and two workers give ~2x.
 *
 * This file imports nothing: the CPU server, its piscina worker and the bench's in-process CPU task
 * all load it, and each must run exactly the same loop.
 */

/**
 * Runs `n` rounds of xorshift32 (Marsaglia 2003) and returns the final state, so the engine cannot
 * prove the loop dead and drop it. Pure int32 arithmetic: no allocation, no GC, no calls.
 */
export function burnIterations(n: number): number {
  let x = 0x9e3779b9 | 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x >>> 0;
}

/** Iterations run by the JIT warm-up before any timing: enough for the optimising tier to kick in. */
const WARMUP_ITERATIONS = 2_000_000;

/**
 * Measures this thread's speed in iterations per millisecond: warms the loop up, sizes a round to
 * about `targetMs`, then keeps the best of `rounds` rounds. The best, not the mean: interference
 * (another process, a GC elsewhere) only ever slows a round down, so the fastest is the truest.
 * @param targetMs length of one timed round, in ms. @default 20
 * @param rounds timed rounds. @default 5
 */
export function calibrate(targetMs = 20, rounds = 5): number {
  if (!(targetMs > 0) || !Number.isFinite(targetMs)) throw new RangeError('targetMs must be a positive number');
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError('rounds must be a positive integer');
  burnIterations(WARMUP_ITERATIONS);
  // Grow a probe until it takes at least 2 ms, so the clock's resolution does not dominate.
  let probe = 100_000;
  let elapsed = timeIterations(probe);
  while (elapsed < 2) {
    probe *= 2;
    elapsed = timeIterations(probe);
  }
  const perRound = Math.max(1, Math.round((probe / elapsed) * targetMs));
  let best = probe / elapsed;
  for (let r = 0; r < rounds; r++) {
    const ms = timeIterations(perRound);
    if (ms > 0) best = Math.max(best, perRound / ms);
  }
  return best;
}

/**
 * Burns about `ms` of CPU: a fixed amount of work, `round(ms * itersPerMs)` iterations, timed.
 * Fixed work, not "spin until the clock says ms": when threads contend for cores the work takes
 * longer, which is exactly what a CPU-bound task does; `actualMs` shows it.
 */
export function burnFor(ms: number, itersPerMs: number): { iterations: number; actualMs: number; checksum: number } {
  const iterations = Math.max(0, Math.round(ms * itersPerMs));
  const start = performance.now();
  const checksum = burnIterations(iterations);
  const actualMs = performance.now() - start;
  return { iterations, actualMs, checksum };
}

function timeIterations(n: number): number {
  const start = performance.now();
  burnIterations(n);
  return performance.now() - start;
}
