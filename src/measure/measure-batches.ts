/**
 * Times one strategy on one batch with tinybench: one sample is one whole batch. tinybench keeps
 * going until both the time budget and the minimum sample count are met (its default of 64
 * iterations would take minutes for a 2 s batch), so the budget and minimum come from the preset.
 * Warm-up is one small batch run here, before timing, so connections and JIT are warm without
 * paying a full sequential batch.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Bench } from 'tinybench';
import { serializeError } from '../errors.js';
import type { EventLoopDelay, Resources } from '../results/schema.js';
import type { Strategy } from '../strategies/strategy.js';
import type { TaskSpec } from '../workloads/task.js';
import { type Capacity, type CapacityMonitor, createCapacityMonitor } from './capacity.js';
import { availableCores, onCpusOf, processCpus } from './cores.js';
import { startEventLoopMonitor } from './event-loop.js';
import { startResourceMonitor } from './resources.js';

export interface MeasureOptions {
  strategy: Strategy;
  /** The timed batch. */
  tasks: readonly TaskSpec[];
  /** Run once before timing (not measured). Empty: no warm-up. */
  warmup: readonly TaskSpec[];
  /** Time budget in ms: sampling continues until it is spent and `minSamples` are taken. */
  timeMs: number;
  minSamples: number;
  /** Clock in ms. @default performance.now */
  now?: () => number;
  signal?: AbortSignal;
  /** Record event-loop delay during the timed batches. @default true */
  monitorEventLoop?: boolean;
  /** Record the client's peak sockets in use and peak RSS during the timed batches (src/measure/resources.ts). @default false */
  monitorResources?: boolean;
  /** Called after each timed sample. */
  onSample?: (ms: number, index: number) => void;
  /** Measures the free CPU capacity over the timed batches. @default a monitor of its own, for this batch only */
  capacity?: CapacityMonitor;
}

export type Measurement =
  | {
      state: 'completed' | 'aborted';
      /** Batch times in ms, in the order they ran. */
      samples: number[];
      taskErrors: number;
      firstTaskError?: { name: string; message: string; code?: string };
      eventLoopDelay: EventLoopDelay | null;
      /** Cores other processes used while the timed batches ran. */
      otherCpu: number;
      /** The free capacity meanwhile (src/measure/capacity.ts). */
      capacity: Capacity;
      startupMs?: number;
      resources?: Resources;
    }
  | { state: 'errored'; error: { name: string; message: string; code?: string } };

export async function measureBatches(options: MeasureOptions): Promise<Measurement> {
  const { strategy, tasks, signal } = options;
  const now = options.now ?? (() => performance.now());
  const samples: number[] = [];
  let taskErrors = 0;
  let firstTaskError: unknown;

  let startupMs: number | undefined;
  try {
    const sample = tasks[0] ?? options.warmup[0];
    if (sample) ({ startupMs } = await strategy.prepare(sample));
    if (options.warmup.length > 0 && !signal?.aborted) await strategy.runBatch(options.warmup);
  } catch (error) {
    return { state: 'errored', error: serializeError(error) };
  }

  // The capacity probe's readings at its ends list every thread's schedstat (about 1 ms): take them
  // outside the event-loop monitor's window, so they never count as a delay of the strategy's.
  const ownMonitor = options.capacity ? null : createCapacityMonitor({ cores: availableCores(), onCpus: onCpusOf(processCpus()), tick: false });
  const probe = (options.capacity ?? (ownMonitor as CapacityMonitor)).start();
  const monitor = options.monitorEventLoop === false ? null : startEventLoopMonitor();
  const resourceMonitor = options.monitorResources === true ? startResourceMonitor() : null;
  const bench = new Bench({
    time: options.timeMs,
    iterations: options.minSamples,
    warmup: false,
    throws: false,
    now,
    ...(signal ? { signal } : {}),
  });
  bench.add(strategy.name, async () => {
    const start = now();
    const outcome = await strategy.runBatch(tasks);
    const ms = now() - start;
    if (outcome.failed > 0 && taskErrors === 0) firstTaskError = outcome.firstError;
    taskErrors += outcome.failed;
    samples.push(ms);
    options.onSample?.(ms, samples.length - 1);
    // Let the event loop turn once, outside the timed region: a batch of main-thread CPU work chained
    // by promises never yields, so without this the delay monitor's timer could not fire at all
    // and the block it should report would go unrecorded.
    if (monitor) await sleep(1);
    return { overriddenDuration: ms };
  });

  let eventLoopDelay: EventLoopDelay | null;
  let capacity: Capacity;
  let resources: Resources | undefined;
  try {
    await bench.run();
  } finally {
    eventLoopDelay = monitor?.stop() ?? null;
    capacity = probe.stop();
    ownMonitor?.close();
    resources = resourceMonitor?.stop();
  }

  const result = bench.tasks[0]?.result;
  if (result?.state === 'errored') return { state: 'errored', error: serializeError(result.error) };
  const aborted = signal?.aborted === true || result?.state === 'aborted' || result?.state === 'aborted-with-statistics';
  return {
    state: aborted ? 'aborted' : 'completed',
    samples,
    taskErrors,
    ...(taskErrors > 0 ? { firstTaskError: serializeError(firstTaskError) } : {}),
    eventLoopDelay,
    otherCpu: capacity.otherCpu,
    capacity,
    ...(startupMs !== undefined ? { startupMs } : {}),
    ...(resources ? { resources } : {}),
  };
}
