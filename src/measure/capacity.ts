/**
 * The CPU capacity that was free while a result was measured: how many cores other processes kept
 * busy (the machine's busy time minus asyncbench's own: this process and its servers), how steady
 * that was, what asyncbench itself used, and how long its threads waited for a core. On a 2-core
 * machine one busy neighbour halves what a 2-thread pool can get while a single-threaded strategy
 * does not notice it, so these figures are what a verdict on cores is judged against
 * (src/model/free-capacity.ts) and what tells compare a crowded result (src/results/crowding.ts).
 *
 * A monitor reads the counters (src/measure/cpu-usage.ts) every `tickMs` and at the start and end of
 * every window. The kernel counts the machine's CPU time in 10 ms ticks per core, so over a short
 * window the other processes' share is noise (±0.4 cores over 100 ms on 2 cores): a window shorter
 * than `minWindowMs` takes that figure over the last `minWindowMs` before its end instead, readings
 * the monitor took in between. Its own figures (this process's CPU, counted in µs) stay the window's.
 */
import type { Capacity } from '../results/schema.js';
import type { CpuReading, ReadCpu } from './cpu-usage.js';
import { readCpu } from './cpu-usage.js';

export type { Capacity };

export interface CapacityProbe {
  stop(): Capacity;
}

export interface CapacityMonitor {
  /** Starts a window. */
  start(): CapacityProbe;
  /** Measures `ms` of wall time and returns its figures (the bench's look at the machine before it starts). */
  sample(ms: number): Promise<Capacity>;
  /** Counts a process the harness started (a server of a suite's own) as asyncbench's from now on; the returned function stops that. */
  adopt(pid: number): () => void;
  /** Stops the ticking (the monitor reads on start/stop still). */
  close(): void;
}

export interface CapacityMonitorOptions {
  /** The cores this process can use (src/measure/cores.ts). */
  cores: number;
  /**
   * The CPUs the machine's busy time is read over (those it may run on): more than `cores` only
   * under a cgroup quota smaller than them, where the free cores are min(cores, onCpus - otherCpu).
   * @default cores
   */
  onCpus?: number;
  /** The harness's own child processes, read at every reading (the servers). @default none */
  childPids?: () => readonly number[];
  /** @default readCpu */
  read?: ReadCpu;
  /** @default 250 */
  tickMs?: number;
  /** @default 500 */
  minWindowMs?: number;
  /** Parts of the window the steadiness range is taken over are at least this long. @default 500 */
  chunkMs?: number;
  /** Start the timer. @default true (tests pass false and read by hand) */
  tick?: boolean;
}

/** The readings kept for short windows: 20 s at the default tick. */
const KEPT_READINGS = 80;

/** Cores other processes used between two readings (the children count as ours when known). */
export function otherCores(a: CpuReading, b: CpuReading): number {
  const wall = b.at - a.at;
  if (!(wall > 0)) return 0;
  const children = a.childrenMs !== null && b.childrenMs !== null ? Math.max(0, b.childrenMs - a.childrenMs) : 0;
  return Math.max(0, (b.machineMs - a.machineMs - (b.ownMs - a.ownMs) - children) / wall);
}

/**
 * The figures of a window from its readings: `own` the window's first and last reading, `span` the
 * readings (in time order, ending at the window's last) the other-processes figures are taken over.
 */
export function capacityOf(
  cores: number,
  own: readonly [CpuReading, CpuReading],
  span: readonly CpuReading[],
  chunkMs: number,
  onCpus: number = cores,
): Capacity {
  const [a, b] = own;
  const wall = b.at - a.at;
  const first = span[0] ?? a;
  const last = span.at(-1) ?? b;
  const otherCpu = otherCores(first, last);
  const chunks: number[] = [];
  let anchor = first;
  for (const r of span) {
    if (r.at - anchor.at >= chunkMs) {
      chunks.push(otherCores(anchor, r));
      anchor = r;
    }
  }
  const children = a.childrenMs !== null && b.childrenMs !== null ? Math.max(0, b.childrenMs - a.childrenMs) : 0;
  const ownCpu = wall > 0 ? (b.ownMs - a.ownMs + children) / wall : 0;
  const waitingThreads = a.waitMs !== null && b.waitMs !== null && wall > 0 ? Math.max(0, b.waitMs - a.waitMs) / wall : null;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    cores,
    // Only under a quota: absent means `cores`, so files from machines without one stay as they were.
    ...(onCpus !== cores ? { onCpus } : {}),
    otherCpu: round(otherCpu),
    otherCpuLow: round(chunks.length > 0 ? Math.min(...chunks) : otherCpu),
    otherCpuHigh: round(chunks.length > 0 ? Math.max(...chunks) : otherCpu),
    freeCores: round(Math.max(0, Math.min(cores, onCpus - otherCpu))),
    ownCpu: round(ownCpu),
    waitingThreads: waitingThreads === null ? null : round(waitingThreads),
    windowMs: Math.round(last.at - first.at),
  };
}

export function createCapacityMonitor(options: CapacityMonitorOptions): CapacityMonitor {
  const read = options.read ?? readCpu;
  const adopted = new Set<number>();
  const pids = (): readonly number[] => [...(options.childPids?.() ?? []), ...adopted];
  const minWindowMs = options.minWindowMs ?? 500;
  const chunkMs = options.chunkMs ?? 500;
  const readings: CpuReading[] = [];
  const take = (withWait = false): CpuReading => {
    const r = read(pids(), withWait);
    readings.push(r);
    if (readings.length > KEPT_READINGS) readings.splice(0, readings.length - KEPT_READINGS);
    return r;
  };
  const timer = options.tick === false ? null : setInterval(() => take(), options.tickMs ?? 250);
  timer?.unref();
  const start = (): CapacityProbe => {
    const a = take(true);
    return {
      stop() {
        const b = take(true);
        // The span: the window, or the last minWindowMs before its end when the window is shorter.
        let from = a.at;
        if (b.at - a.at < minWindowMs) {
          const before = readings.filter((r) => r.at <= b.at - minWindowMs).at(-1);
          from = (before ?? readings[0] ?? a).at;
        }
        const span = readings.filter((r) => r.at >= from && r.at <= b.at);
        if (from === a.at && span[0] !== a) span.unshift(a);
        return capacityOf(options.cores, [a, b], span, chunkMs, options.onCpus ?? options.cores);
      },
    };
  };
  return {
    start,
    async sample(ms) {
      const probe = start();
      await new Promise((resolve) => setTimeout(resolve, ms));
      return probe.stop();
    },
    adopt(pid) {
      adopted.add(pid);
      return () => {
        adopted.delete(pid);
      };
    },
    close() {
      if (timer) clearInterval(timer);
    },
  };
}
