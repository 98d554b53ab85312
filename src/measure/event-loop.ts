/**
 * Event-loop delay of this thread (perf_hooks' histogram, 1 ms resolution) while a strategy's
 * batches run: how long other work on this thread (timers, other requests) would have waited.
 */
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { EventLoopDelay } from '../results/schema.js';

const NS_PER_MS = 1e6;

interface EventLoopMonitor {
  /** Stops monitoring and returns the figures in ms (null when nothing was recorded). */
  stop(): EventLoopDelay | null;
}

export function startEventLoopMonitor(resolutionMs = 1): EventLoopMonitor {
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      if (histogram.count === 0) return null;
      return {
        p50: histogram.percentile(50) / NS_PER_MS,
        p99: histogram.percentile(99) / NS_PER_MS,
        max: histogram.max / NS_PER_MS,
        mean: histogram.mean / NS_PER_MS,
      };
    },
  };
}
