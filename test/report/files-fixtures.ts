/**
 * A hand-built files suite for the report tests, its figures plausible, not measured: d = 20 ms a
 * read; Promise.all over N = 4, 16, 48 slow files at UV_THREADPOOL_SIZE 1, 4 and 16, each beside N
 * sockets of the same d; the table's other ways at N = 16 and size 4; and the starvation of pbkdf2
 * and dns.lookup at size 4, idle and while 16 reads hold the pool (fired 5 ms after the reads).
 */
import { SCHEMA_VERSION, type CompletedResult, type ResultsFile, type Suite, type Workload } from '../../src/results/schema.js';
import { completed, CONTEXT } from './fixtures.js';

const D = 20;
const SIZES = [1, 4, 16] as const;
const SWEEP = [4, 16, 48] as const;
/** The measured batch time over the model's, per pool size (files) and the sockets' time per N. */
const FILE_OVERHEAD: Record<number, number> = { 1: 1.03, 4: 1.04, 16: 1.1 };
const SOCKET_MS: Record<number, number> = { 4: 21, 16: 22, 48: 24 };
/** The victims' idle medians, the loaded ones, and how long after the reads each fired (ms). */
const VICTIMS = [
  { strategy: 'pbkdf2', workload: 'cpu' as Workload, idle: 1.1, loaded: 78, victim: 'crypto.pbkdf2, 1 call (CPU work on the pool)' },
  { strategy: 'dns-lookup', workload: 'io' as Workload, idle: 0.3, loaded: 77, victim: "dns.lookup('localhost') (getaddrinfo on the pool)" },
];
const LOAD = 16;

function result(
  workload: Workload,
  strategy: string,
  median: number,
  ideal: number,
  idealFormula: string,
  point: Record<string, number>,
  params: CompletedResult['params'],
): CompletedResult {
  return { ...completed({ workload, strategy, point, median, ideal, idealFormula, sequentialMedian: median }), speedup: null, params };
}

/** Promise.all over N files and N sockets at every size and N of the sweep. */
function sweep(): CompletedResult[] {
  return SIZES.flatMap((poolSize) =>
    SWEEP.flatMap((tasks) => {
      const params = { tasks, delayMs: D, bytes: 4096, poolSize, concurrency: 4, workers: 4 };
      const rounds = Math.ceil(tasks / Math.min(poolSize, tasks));
      const formula = `ceil(N/min(size,N))*d = ceil(${tasks}/min(${poolSize},${tasks}))*${D}`;
      const file = result('file', 'concurrent', rounds * D * (FILE_OVERHEAD[poolSize] ?? 1), rounds * D, formula, { poolSize, tasks }, params);
      const socket = result('io', 'concurrent', SOCKET_MS[tasks] ?? D, D, `d = ${D}`, { poolSize, tasks }, params);
      return [file, socket];
    }),
  );
}

/** The table's other ways, at N = 16 and size 4 only: not drawn by files.png. */
function table(): CompletedResult[] {
  const params = { tasks: 16, delayMs: D, bytes: 4096, poolSize: 4, concurrency: 4, workers: 4 };
  const point = { poolSize: 4, tasks: 16 };
  return [
    result('file', 'sequential', 330, 320, 'N*d = 16*20', point, params),
    result('file', 'bounded', 84, 80, 'ceil(N/min(size,k,N))*d = ceil(16/min(4,4,16))*20', point, params),
    result('file', 'worker-pool', 86, 80, 'ceil(N/min(W,N))*d = ceil(16/min(4,16))*20', point, params),
  ];
}

/** Each victim idle (fileLoad 0) and while LOAD reads hold the 4 threads. */
function starvation(): CompletedResult[] {
  const wait = Math.floor(LOAD / 4) * D;
  return VICTIMS.flatMap(({ strategy, workload, idle, loaded, victim }) =>
    [0, LOAD].map((fileLoad) => {
      const params = { poolSize: 4, fileLoad, delayMs: D, victim };
      const ideal = fileLoad === 0 ? idle : idle + wait;
      const formula = fileLoad === 0 ? 'idle median' : `idle + floor(N/size)*d = ${idle} + floor(${LOAD}/4)*${D}`;
      return result(workload, strategy, fileLoad === 0 ? idle : loaded, ideal, formula, { poolSize: 4, fileLoad }, params);
    }),
  );
}

/** The files suite of a run, completed. */
export function filesSuite(): Suite {
  return {
    name: 'files',
    title: "Files on libuv's threadpool: slow reads against UV_THREADPOOL_SIZE, beside sockets",
    state: 'completed',
    params: { delayMs: D },
    startedAt: '2025-01-31T14:05:00.000Z',
    durationMs: 20000,
    results: [...sweep(), ...table(), ...starvation()],
  };
}

/** The files suite skipped where FUSE is not usable: completed, no results, the reason in params. */
export function skippedFilesSuite(): Suite {
  return { ...filesSuite(), params: { skipped: 'FUSE is not usable here; install it with `npm run setup -- --fuse`' }, durationMs: 5, results: [] };
}

/** A results file with only `suite` (the files suite by default), on a 2-core context. */
export function filesRun(suite: Suite = filesSuite()): ResultsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'asyncbench-results',
    status: 'completed',
    context: { ...structuredClone(CONTEXT), cpu: { ...CONTEXT.cpu, cores: 2 }, preset: 'quick', options: { suites: ['files'] } },
    suites: [suite],
    claims: [],
  };
}
