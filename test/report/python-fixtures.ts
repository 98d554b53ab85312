/**
 * A hand-built python suite for the report tests, its figures plausible, not measured: the article's
 * example (gather 330 ms, one by one 635 ms), the io batch (N = 20 calls of 20 ms, k = 8, W = 2) and
 * the CPU advice (N = 8 tasks of 10 ms, W = 2) under CPython 3.11.2 with the GIL on; and the same
 * suite skipped.
 */
import { pythonClaims } from '../../src/model/python-claims.js';
import type { CompletedResult, ResultsFile, Suite, Workload } from '../../src/results/schema.js';
import { completed, completeRun } from './fixtures.js';

const INTERPRETER = { python: '3.11.2', implementation: 'cpython', gil: 'on' } as const;
const GIL_FORMULA = 'N*c (the GIL: one thread runs Python at a time) = 8*10';

interface Way {
  workload: Workload;
  strategy: string;
  median: number;
  ideal: number;
  idealFormula: string;
  extra?: Partial<CompletedResult>;
  params?: Record<string, number | string>;
}

function python(way: Way, sequentialMedian: number, params: Record<string, number | string>, point: Record<string, number> = {}): CompletedResult {
  const r = completed({ ...way, point, sequentialMedian });
  return { ...r, ...way.extra, params: { ...params, ...way.params, ...INTERPRETER }, runtime: 'python' };
}

/** The python suite of a run, completed. */
export function pythonSuite(): Suite {
  const article = { calls: 3, delaysMs: '100,200,300', maxDelayMs: 300, sumDelayMs: 600 };
  const io = { tasks: 20, delayMs: 20, concurrency: 8, workers: 2 };
  const cpu = { tasks: 8, cpuMs: 10, workers: 2 };
  const ways = (list: Way[], seq: number, params: Record<string, number | string>, point?: Record<string, number>) => list.map((w) => python(w, seq, params, point));
  return {
    name: 'python',
    title: "The article's own code in Python: asyncio + httpx against the same servers, and its CPU advice (threads, processes)",
    state: 'completed',
    params: { cores: 2 },
    startedAt: '2025-01-31T14:05:00.000Z',
    durationMs: 12000,
    results: [
      ...ways(
        [
          { workload: 'io', strategy: 'concurrent', median: 330, ideal: 300, idealFormula: 'max(d) = max(100,200,300)' },
          { workload: 'io', strategy: 'sequential', median: 635, ideal: 600, idealFormula: 'sum(d) = 100+200+300' },
        ],
        635,
        article,
        { calls: 3 },
      ),
      ...ways(
        [
          { workload: 'io', strategy: 'sequential', median: 433, ideal: 400, idealFormula: 'N*d = 20*20' },
          { workload: 'io', strategy: 'concurrent', median: 40, ideal: 20, idealFormula: 'd = 20', extra: { busyCores: 0.6 } },
          { workload: 'io', strategy: 'bounded', median: 77, ideal: 60, idealFormula: 'ceil(N/k)*d = ceil(20/8)*20' },
          { workload: 'io', strategy: 'thread-pool', median: 217, ideal: 200, idealFormula: 'ceil(N/W)*d = ceil(20/2)*20', extra: { poolStartupMs: 1.2 } },
        ],
        433,
        io,
      ),
      ...ways(
        [
          { workload: 'cpu', strategy: 'sequential', median: 80, ideal: 80, idealFormula: 'N*c = 8*10' },
          { workload: 'cpu', strategy: 'concurrent', median: 80, ideal: 80, idealFormula: 'N*c = 8*10' },
          { workload: 'cpu', strategy: 'to-thread', median: 98, ideal: 80, idealFormula: GIL_FORMULA, params: { threads: 6 } },
          { workload: 'cpu', strategy: 'thread-pool', median: 97, ideal: 80, idealFormula: GIL_FORMULA, extra: { poolStartupMs: 0.9 } },
          { workload: 'cpu', strategy: 'process-pool', median: 52, ideal: 40, idealFormula: 'ceil(N/min(W,cores))*c = ceil(8/min(2,2))*10', extra: { poolStartupMs: 45 } },
        ],
        80,
        cpu,
      ),
    ],
  };
}

/** A skipped python suite: no interpreter, no results, the reason in params.skipped. */
export function skippedPythonSuite(): Suite {
  return {
    ...pythonSuite(),
    params: { cores: 2, skipped: 'no python3 with httpx found; install it with `npm run setup -- --python`, or pick one with --python PATH' },
    durationMs: 40,
    results: [],
  };
}

/** `base` (the complete run by default) with `suite` added and the python claims decided from it. */
export function withPython(suite: Suite, base: ResultsFile = completeRun()): ResultsFile {
  return { ...base, suites: [...base.suites, suite], claims: [...base.claims, ...pythonClaims(suite, base.context.cpu.cores)] };
}
