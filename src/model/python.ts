/**
 * The python suite's model: the ideal batch time of each of its ways, exactly as Node's where the
 * way is the same (src/strategies/*: sequential N·d or N·c, asyncio.gather = Promise.all,
 * asyncio.Semaphore(k) = bounded, an executor of W threads or processes = a pool of W), and two of
 * Python's own:
 * - the article's example: three calls at once take the slowest one, max(d); one by one the sum;
 * - threads running pure-Python CPU work while the GIL is on take N·c: one thread runs bytecode at
 *   a time. With the GIL off (a free-threaded build) they are a pool of W like any other;
 * - file reads: asyncio has no asynchronous file I/O, so every way reads in threads and a thread
 *   waits out one read at a time. N reads in T threads take ceil(N/min(T,N)) waves of d (the GIL is
 *   released while a read waits, so it does not count here).
 */
import { idealTime, type Ideal } from './ideal.js';

/** The ways of each part, in the order they run and are reported. */
export const PYTHON_STRATEGIES = {
  article: ['concurrent', 'sequential'],
  io: ['sequential', 'concurrent', 'bounded', 'thread-pool'],
  cpu: ['sequential', 'concurrent', 'to-thread', 'thread-pool', 'process-pool'],
  /** thread-pool once per k of the sweep. */
  files: ['sequential', 'to-thread', 'thread-pool'],
} as const;

export interface PythonModelInput {
  part: 'io' | 'cpu';
  strategy: string;
  tasks: number;
  delayMs: number;
  cpuMs: number;
  concurrency: number;
  /** W of the thread and process pools. */
  workers: number;
  /** to-thread: the default executor's threads (min(32, cpu_count + 4)). */
  threads: number;
  cores: number;
  gil: boolean;
}

/** The ideal of one way of the io batch or the CPU advice. */
export function pythonIdeal(input: PythonModelInput): Ideal {
  const { part, strategy, ...m } = input;
  const model = { tasks: m.tasks, delayMs: part === 'io' ? m.delayMs : 0, cpuMs: part === 'cpu' ? m.cpuMs : 0, concurrency: m.concurrency, workers: m.workers, cores: m.cores };
  if (strategy === 'sequential' || strategy === 'concurrent' || strategy === 'bounded') return idealTime({ workload: part, strategy, ...model });
  if (strategy === 'process-pool' || (part === 'io' && strategy === 'thread-pool')) return idealTime({ workload: part, strategy: 'worker-pool', ...model });
  if (strategy === 'thread-pool' || strategy === 'to-thread') {
    const w = strategy === 'to-thread' ? m.threads : m.workers;
    if (!m.gil) return idealTime({ workload: 'cpu', strategy: 'worker-pool', ...model, workers: w });
    return { ms: m.tasks * m.cpuMs, formula: `N*c (the GIL: one thread runs Python at a time) = ${m.tasks}*${m.cpuMs}` };
  }
  throw new RangeError(`no python model for ${part}/${strategy}`);
}

/** The default executor's threads on CPython 3.8-3.12: min(32, os.cpu_count() + 4) (concurrent.futures.thread). */
export function defaultExecutorThreads(cpuCount: number): number {
  return Math.min(32, cpuCount + 4);
}

export interface FilesModelInput {
  /** sequential, to-thread or thread-pool. */
  strategy: string;
  tasks: number;
  delayMs: number;
  /** to-thread: the default executor's threads (T); thread-pool: its k. Unread by sequential. */
  threads: number;
}

/**
 * The ideal of one way of the files part: one by one N*d; to_thread ceil(N/min(T,N))*d; a
 * ThreadPoolExecutor(k) ceil(N/min(k,N))*d. A read holds its thread for one d, so T threads read
 * in waves of d.
 */
export function filesIdeal(input: FilesModelInput): Ideal {
  const { strategy, tasks: n, delayMs: d, threads } = input;
  if (strategy === 'sequential') return { ms: n * d, formula: `N*d = ${n}*${d}` };
  if (strategy === 'to-thread' || strategy === 'thread-pool') {
    const t = strategy === 'to-thread' ? 'T' : 'k';
    return { ms: Math.ceil(n / Math.min(threads, n)) * d, formula: `ceil(N/min(${t},N))*d = ceil(${n}/min(${threads},${n}))*${d}` };
  }
  throw new RangeError(`no python files model for ${strategy}`);
}

/** The article's example: all at once take the slowest call; one by one, their sum. */
export function articleIdeal(strategy: string, delaysMs: readonly number[]): Ideal {
  const list = delaysMs.join(',');
  if (strategy === 'concurrent') return { ms: Math.max(...delaysMs), formula: `max(d) = max(${list})` };
  if (strategy === 'sequential') return { ms: delaysMs.reduce((a, b) => a + b, 0), formula: `sum(d) = ${delaysMs.join('+')}` };
  throw new RangeError(`no article model for ${strategy}`);
}
