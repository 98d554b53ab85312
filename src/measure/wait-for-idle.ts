/**
 * The bench's look at the machine before it measures (`--wait-for-idle`): one second of what other
 * processes use, then, while that is a busy share of the cores (src/results/crowding.ts), another
 * second at a time until it is not or the limit is spent. A machine still busy is measured anyway:
 * the run says so in one line, and claims about cores are judged against what was free
 * (src/model/free-capacity.ts).
 */
import { formatNumber } from '../format.js';
import { crowdedCores } from '../results/crowding.js';
import type { Capacity, CapacityMonitor } from './capacity.js';

export interface WaitForIdleOptions {
  monitor: Pick<CapacityMonitor, 'sample'>;
  cores: number;
  /** The most to wait (s); 0 looks once and goes on. */
  limitS: number;
  signal: AbortSignal;
  /** A line for stderr (shown under --quiet too). */
  warn(message: string): void;
  /** One look (ms). @default 1000 */
  lookMs?: number;
}

export interface MachineAtStart {
  capacity: Capacity;
  /** How long the bench waited for the machine to go quiet (ms). */
  waitedMs: number;
}

/** `1 free core`, `1.3 free cores`: to a tenth. */
function freeCores(n: number): string {
  const tenth = Math.round(n * 10) / 10;
  return `${formatNumber(tenth)} free core${tenth === 1 ? '' : 's'}`;
}

export async function waitForIdle(options: WaitForIdleOptions): Promise<MachineAtStart> {
  const lookMs = options.lookMs ?? 1000;
  const busyAt = crowdedCores(options.cores);
  let capacity = await options.monitor.sample(lookMs);
  let waitedMs = 0;
  if (capacity.otherCpu >= busyAt && options.limitS > 0) {
    options.warn(
      `other processes are using ${formatNumber(capacity.otherCpu)} of ${options.cores} cores: waiting up to ${options.limitS} s for them to settle (--wait-for-idle)`,
    );
    while (capacity.otherCpu >= busyAt && waitedMs + lookMs <= options.limitS * 1000 && !options.signal.aborted) {
      capacity = await options.monitor.sample(lookMs);
      waitedMs += lookMs;
    }
  }
  if (capacity.otherCpu >= busyAt) {
    options.warn(
      `other processes are using ${formatNumber(capacity.otherCpu)} of ${options.cores} cores: CPU results will be judged against ${freeCores(capacity.freeCores)}`,
    );
  } else if (waitedMs > 0) {
    options.warn(`the machine went quiet after ${Math.round(waitedMs / 1000)} s (other processes: ${formatNumber(capacity.otherCpu)} cores): measuring`);
  }
  return { capacity, waitedMs };
}
