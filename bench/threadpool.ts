/**
 * threadpool suite: where Node's async does run in parallel. The same native CPU work, N calls of
 * crypto.pbkdf2, as pbkdf2Sync one by one (`sync`), as async calls awaited one by one
 * (`async-serial`) and as async calls under Promise.all (`async-all`), with UV_THREADPOOL_SIZE swept.
 * libuv reads the variable once, so each size runs in a child process of its own
 * (bench/threadpool-child.ts, started by src/measure/threadpool-child.ts), which measures and
 * reports plain data; this suite turns it into results (src/measure/sampled-result.ts) against the
 * model of src/model/threadpool.ts. Speedups are against `sync` at the same size. A child that dies
 * ends its point as errored, with its reason, and the sweep goes on; Ctrl-C kills the child.
 */
import { fileURLToPath } from 'node:url';
import type { PresetName } from '../src/measure/options.js';
import { erroredResult } from '../src/measure/measure-result.js';
import { sampledResult } from '../src/measure/sampled-result.js';
import { labelOf, type Budget, type SuiteContext, type SuiteDefinition } from '../src/measure/suite.js';
import { runThreadpoolChild } from '../src/measure/threadpool-child.js';
import { THREADPOOL_STRATEGIES, threadpoolIdeal } from '../src/model/threadpool.js';
import { threadpoolClaims } from '../src/model/threadpool-claims.js';
import type { Result } from '../src/results/schema.js';
import { quantileSorted, sorted } from '../src/stats/summary.js';

export interface ThreadpoolSizes {
  /** UV_THREADPOOL_SIZE values, one child process each. */
  poolSizes: number[];
  /** N: pbkdf2 calls per batch. */
  calls: number;
  /** pbkdf2 iterations of one call (sha512, 64-byte key). */
  iterations: number;
  /** Per size: rounds (one batch of each way) until `timeMs` is spent and `minSamples` are taken. */
  budget: Budget;
}

/**
 * Sizes per preset. Every preset sweeps 1, 2, 4, 8: the claim needs one thread, and sizes at and
 * beyond the cores. N = 8 (16) is a multiple of every size up to 8, so the model's
 * ⌈N/min(size, cores)⌉ is exact there. On the 2-core machine one call (sha512) takes about 4.7 ms at
 * 10k iterations, 14 ms at 30k and 28 ms at 60k (the figures were at 60k). A round is one
 * batch of each way: 8 + 8 + 4 calls on 2 cores (8 + 8 + 8 at size 1), so a quick size is 7 rounds
 * (~0.75 s), a warm-up of one batch each and 3 single calls (~0.1 s) and a child's start-up (~0.1 s).
 * 7 rounds, not 5: a batch here is now and then up to 1.5x slower (other work, or a slower core for
 * a while), and a median of 5 is moved by one such batch more often. Quick is trimmed in the work per
 * call (10k iterations) and in the time budget, not in the sweep or the rounds.
 */
export const THREADPOOL_SIZES: Record<PresetName, ThreadpoolSizes> = {
  quick: { poolSizes: [1, 2, 4, 8], calls: 8, iterations: 10_000, budget: { timeMs: 300, minSamples: 7 } },
  standard: { poolSizes: [1, 2, 4, 8], calls: 8, iterations: 30_000, budget: { timeMs: 1500, minSamples: 7 } },
  thorough: { poolSizes: [1, 2, 4, 8], calls: 16, iterations: 60_000, budget: { timeMs: 5000, minSamples: 10 } },
};

/** A child that has not reported within this long (plus 10× its time budget) is killed and its point errored. */
const CHILD_TIMEOUT_MS = 60_000;

const CHILD_SCRIPT = fileURLToPath(new URL('./threadpool-child.js', import.meta.url));

export interface ThreadpoolSuiteOptions {
  /** The child script. @default bench/threadpool-child.js */
  childScript?: string;
  /** Replaces the preset's sizes (tests). */
  sizes?: ThreadpoolSizes;
}

/** The suite, with its child script and sizes injectable for tests. */
export function createThreadpoolSuite(options: ThreadpoolSuiteOptions = {}): SuiteDefinition {
  const sizesFor = (preset: PresetName): ThreadpoolSizes => options.sizes ?? THREADPOOL_SIZES[preset];
  const script = options.childScript ?? CHILD_SCRIPT;
  return {
    name: 'threadpool',
    title: "Native work on libuv's threadpool: pbkdf2 sync, awaited one by one, and under Promise.all, against UV_THREADPOOL_SIZE",
    params(ctx) {
      const s = sizesFor(ctx.preset);
      return { ...s, cores: ctx.cores, work: 'crypto.pbkdf2 sha512, 64-byte key', strategies: [...THREADPOOL_STRATEGIES] };
    },
    async run(ctx) {
      const s = sizesFor(ctx.preset);
      for (const poolSize of s.poolSizes) {
        if (ctx.signal.aborted) return;
        await runPoint(ctx, script, s, poolSize);
      }
    },
    claims(suite, context) {
      return threadpoolClaims(suite, context.cpu.cores);
    },
  };
}

export const threadpoolSuite: SuiteDefinition = createThreadpoolSuite();

/** One size: its child, then one result per way (all errored with the child's reason if it failed). */
async function runPoint(ctx: SuiteContext, script: string, s: ThreadpoolSizes, poolSize: number): Promise<void> {
  const point = { poolSize };
  const suite = 'threadpool';
  ctx.emit({ type: 'measure-start', suite, label: `UV_THREADPOOL_SIZE=${poolSize} (child process)` });
  const outcome = await runThreadpoolChild(
    {
      script,
      poolSize,
      calls: s.calls,
      iterations: s.iterations,
      timeMs: s.budget.timeMs,
      minSamples: s.budget.minSamples,
      timeoutMs: CHILD_TIMEOUT_MS + 10 * s.budget.timeMs,
    },
    {
      signal: ctx.signal,
      onSample: (strategy, index, ms) => ctx.emit({ type: 'sample', suite, label: labelOf(strategy, point), index, ms }),
    },
  );
  // A point cut off by Ctrl-C is not a measurement: nothing is recorded.
  if (outcome.state === 'aborted') return;
  const callMs = outcome.state === 'completed' ? Number(outcome.report.callMs.toFixed(3)) : null;
  for (const strategy of THREADPOOL_STRATEGIES) {
    const named = {
      workload: 'cpu' as const,
      strategy,
      point,
      params: { calls: s.calls, iterations: s.iterations, poolSize, ...(callMs !== null ? { callMs } : {}) },
    };
    let result: Result;
    if (outcome.state === 'errored') result = erroredResult(named, outcome.error);
    else {
      const ideal = threadpoolIdeal({ strategy, calls: s.calls, callMs: callMs ?? 0, poolSize, cores: ctx.cores });
      const { busyCores, ...timed } = outcome.report.strategies[strategy];
      result = sampledResult(
        named,
        {
          ...timed,
          otherCpu: outcome.report.otherCpu,
          ...(outcome.report.capacity ? { capacity: outcome.report.capacity } : {}),
          ...(busyCores && busyCores.length > 0 ? { busyCores: quantileSorted(sorted(busyCores), 0.5) } : {}),
        },
        ideal,
      );
    }
    ctx.record(result);
    ctx.emit({ type: 'measure-end', suite, label: labelOf(strategy, point), result });
  }
}
