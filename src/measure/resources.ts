/**
 * What many calls in flight cost this process while a strategy's batches run: the most sockets of
 * its HTTP client carrying a call at once, and its peak resident memory.
 *
 * Sockets: undici announces on diagnostics_channel when a request's headers go out on a socket
 * (`undici:client:sendHeaders`) and when it ends (`undici:request:trailers` on completion,
 * `undici:request:error`). With pipelining 1 (src/workloads/io.ts) a socket carries one request at
 * a time, so the requests between those two events are the sockets in use. Only this thread's
 * client is seen (a worker thread has its own channels).
 *
 * RSS: `process.resourceUsage().maxRSS` is the process's high-water mark since it started. When it
 * rose during the window, its new value is the window's peak, exactly; otherwise the peak was lower
 * than an earlier one, and the largest of the RSS readings taken every few ms stands for it.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Resources } from '../results/schema.js';

const SENT = 'undici:client:sendHeaders';
const DONE = 'undici:request:trailers';
const FAILED = 'undici:request:error';

/** How often RSS is read while the window is open (ms). */
const RSS_INTERVAL_MS = 10;

export interface ResourceMonitor {
  /** Ends the window and returns its figures. */
  stop(): Resources;
}

const maxRssBytes = (): number => process.resourceUsage().maxRSS * 1024;

/**
 * RSS now, or 0 when it cannot be read: on Linux the reading opens /proc/self/stat, which fails
 * with EMFILE when every file descriptor is taken, and a monitor must never crash the batch.
 */
function rssNow(): number {
  try {
    return process.memoryUsage.rss();
  } catch {
    return 0;
  }
}

export function startResourceMonitor(): ResourceMonitor {
  const inFlight = new WeakSet<object>();
  let current = 0;
  let peak = 0;
  const onSent = (message: unknown): void => {
    const request = (message as { request?: object }).request;
    if (!request || inFlight.has(request)) return;
    inFlight.add(request);
    current++;
    if (current > peak) peak = current;
  };
  const onEnd = (message: unknown): void => {
    const request = (message as { request?: object }).request;
    if (!request || !inFlight.delete(request)) return;
    current--;
  };
  subscribe(SENT, onSent);
  subscribe(DONE, onEnd);
  subscribe(FAILED, onEnd);

  const highWaterBefore = maxRssBytes();
  let sampled = rssNow();
  const timer = setInterval(() => {
    sampled = Math.max(sampled, rssNow());
  }, RSS_INTERVAL_MS);
  timer.unref();

  let result: Resources | undefined;
  return {
    stop() {
      if (result) return result;
      clearInterval(timer);
      unsubscribe(SENT, onSent);
      unsubscribe(DONE, onEnd);
      unsubscribe(FAILED, onEnd);
      sampled = Math.max(sampled, rssNow());
      const highWater = maxRssBytes();
      result = { socketsInUsePeak: peak, rssPeakBytes: highWater > highWaterBefore ? highWater : sampled };
      return result;
    },
  };
}
