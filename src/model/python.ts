/**
 * The python suite's model: the ideal batch time of each of its ways, exactly as Node's where the
 * way is the same (src/strategies/*: sequential N·d or N·c, asyncio.gather = Promise.all,
 * asyncio.Semaphore(k) = bounded, an executor of W threads or processes = a pool of W), and two of
 * Python's own:
 * - the article's example: three calls at once take the slowest one, max(d); one by one the sum;
 * - threads running pure-Python CPU work while the GIL is on take N·c: one thread runs bytecode at
 *   a time. With the GIL off (a free-threaded build) they are a pool of W like any other.
 */
import { idealTime, type Ideal } from './ideal.js';

/** The ways of each part, in the order they run and are reported. */
export const PYTHON_STRATEGIES = {
  article: ['concurrent', 'sequential'],
  io: ['sequential', 'concurrent', 'bounded', 'thread-pool'],
  cpu: ['sequential', 'concurrent', 'to-thread', 'thread-pool', 'process-pool'],
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

/** The article's example: all at once take the slowest call; one by one, their sum. */
export function articleIdeal(strategy: string, delaysMs: readonly number[]): Ideal {
  const list = delaysMs.join(',');
  if (strategy === 'concurrent') return { ms: Math.max(...delaysMs), formula: `max(d) = max(${list})` };
  if (strategy === 'sequential') return { ms: delaysMs.reduce((a, b) => a + b, 0), formula: `sum(d) = ${delaysMs.join('+')}` };
  throw new RangeError(`no article model for ${strategy}`);
}
