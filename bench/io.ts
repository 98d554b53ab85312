/**
 * io suite: N calls of d ms to the I/O server (or `--target`) under every strategy. The thesis:
 * concurrency makes the batch take about one call's time.
 */
import { ioClaims } from '../src/model/io-claims.js';
import { idealTime } from '../src/model/ideal.js';
import type { PresetName } from '../src/measure/options.js';
import type { Budget, SuiteContext, SuiteDefinition } from '../src/measure/suite.js';
import type { TaskSpec } from '../src/workloads/task.js';
import { measureTargetLatency } from './target.js';

/** Batch size, call latency and sampling budget per preset. */
const IO_SIZES: Record<PresetName, { tasks: number; delayMs: number; budget: Budget }> = {
  quick: { tasks: 20, delayMs: 20, budget: { timeMs: 300, minSamples: 5 } },
  standard: { tasks: 100, delayMs: 20, budget: { timeMs: 1500, minSamples: 5 } },
  thorough: { tasks: 200, delayMs: 50, budget: { timeMs: 5000, minSamples: 10 } },
};

function sizes(ctx: Pick<SuiteContext, 'preset' | 'options'>) {
  const s = IO_SIZES[ctx.preset];
  return { ...s, tasks: ctx.options.tasks ?? s.tasks, delayMs: ctx.options.delayMs ?? s.delayMs };
}

export const ioSuite: SuiteDefinition = {
  name: 'io',
  title: 'I/O-bound: N HTTP calls that each wait d ms',
  params(ctx) {
    const s = sizes(ctx);
    return {
      tasks: s.tasks,
      delayMs: ctx.options.target ? 'measured' : s.delayMs,
      target: ctx.options.target,
      // How the target is called: the header names only, never their values.
      ...(ctx.options.target
        ? { method: ctx.options.method, headerNames: ctx.options.headerNames, bodyBytes: ctx.options.bodyBytes, timeoutMs: ctx.options.timeoutMs }
        : {}),
      concurrency: ctx.options.concurrency,
      workers: ctx.options.workers,
      strategies: ctx.options.strategies,
      budget: s.budget,
    };
  },
  async run(ctx) {
    const s = sizes(ctx);
    const target = ctx.servers.target;
    let delayMs = s.delayMs;
    let tasks: TaskSpec[] = Array.from({ length: s.tasks }, () => ({ kind: 'io', url: `${ctx.servers.ioUrl}/delay?ms=${delayMs}` }));
    let warmup: TaskSpec[] = Array.from({ length: s.tasks }, () => ({ kind: 'io', url: `${ctx.servers.ioUrl}/delay?ms=0` }));
    if (target) {
      delayMs = await measureTargetLatency(target, ctx);
      const names = target.urls.length === 1 ? target.urls[0] : `${target.urls.length} URLs (${target.urls.join(', ')})`;
      ctx.emit({ type: 'note', message: `target ${names}: one call takes ${delayMs.toFixed(1)} ms (median of 5)` });
      // A batch cycles through the URLs, as the article's example calls users, posts and comments.
      tasks = Array.from({ length: s.tasks }, (_, i) => ({ kind: 'io', url: target.urls[i % target.urls.length] ?? '', request: target.request }));
      warmup = tasks;
    }
    for (const strategy of ctx.options.strategies) {
      if (ctx.signal.aborted) return;
      const params = {
        tasks: s.tasks,
        delayMs: Number(delayMs.toFixed(3)),
        concurrency: ctx.options.concurrency,
        workers: ctx.options.workers,
      };
      await ctx.measure({
        workload: 'io',
        strategy,
        point: {},
        params,
        tasks,
        warmup,
        budget: s.budget,
        ideal: idealTime({ workload: 'io', strategy, ...params, cpuMs: 0, cores: ctx.cores }),
        concurrency: ctx.options.concurrency,
        workers: ctx.options.workers,
      });
    }
  },
  claims(suite) {
    return ioClaims(suite);
  },
};
