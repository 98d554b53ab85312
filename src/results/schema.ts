/**
 * results.json: the source of truth of a run. Everything downstream (summary.md, index.html, PNG
 * charts, compare) reads only this.
 *
 * Defined once, here, with zod: the TypeScript types are inferred from these schemas, `read.ts`
 * validates every file against them, and `docs/results.schema.json` is generated from them
 * (`npm run schema`; a test fails when the committed file is stale). Each field's description lives
 * in its `.describe()` and reaches the JSON Schema, so the types, the validator and the document
 * cannot drift apart. Why zod 4: one package gives the inferred types, validation with the path of
 * every problem, and JSON Schema export (`z.toJSONSchema`); valibot needs a second package for the
 * JSON Schema, and TypeBox would make the JSON Schema the source and the types a projection of it,
 * which reads worse for the nested unions here.
 *
 * Versioning: `schemaVersion` changes when a field is removed or changes meaning; adding an optional
 * field does not change it. An older version is read through the migrations in `migrate.ts`.
 * Version 2 (`--runs R`): a completed result keeps each run's samples and figures in `runs`, and its
 * top-level figures are those of every run together; a version-1 file reads as one run.
 */
import { z } from 'zod';
import type { Stats } from '../stats/summary.js';

/** The schema version this build writes and reads. */
export const SCHEMA_VERSION = 2;

/** The `kind` every results file carries, so a stray JSON file is told apart from a results file. */
export const RESULTS_KIND = 'asyncbench-results';

const count = z.number().int().nonnegative();
const ms = z.number();

/** A serialised error: what results.json keeps of anything thrown. */
const ErrorSchema = z.object({ name: z.string(), message: z.string(), code: z.string().optional() });

const RunContextSchema = z.object({
  tool: z.object({ name: z.literal('asyncbench'), version: z.string() }).describe('`asyncbench` and its package version'),
  node: z.string().describe('`process.version`, e.g. `v20.20.2`'),
  v8: z.string().describe('V8 version'),
  os: z.object({ platform: z.string(), release: z.string(), arch: z.string() }).describe('operating system'),
  cpu: z
    .object({
      model: z.string(),
      cores: z
        .number()
        .int()
        .positive()
        .describe(
          'the cores this process can use: the CPUs it may run on (affinity), capped by a cgroup CPU quota (rounded down, at least 1) where one is set; what the worker default, the ideals and the claims count (src/measure/cores.ts)',
        ),
      speedMHz: z.number().nullable(),
      hostCores: z.number().int().positive().optional().describe("the host's CPUs (`os.cpus().length`), whether or not this process may run on them"),
      cpuSet: z.string().nullable().optional().describe('the CPUs this process may run on, e.g. `0` or `0-3` (Linux `Cpus_allowed_list`); `null` where unknown'),
      quotaCores: z.number().positive().nullable().optional().describe('the cgroup CPU quota in cores (`cpu.max`, or cfs_quota_us / cfs_period_us); `null` when none is set or it is unknown'),
    })
    .describe('CPU model and the cores this process can use'),
  testbed: z
    .object({
      key: z.string().describe('OS, arch, CPU model, cores and Node major, e.g. `linux-x64-amd-epyc-2c-node20` (src/results/testbed.ts)'),
      label: z.string().describe('`bench --label`, or the key'),
    })
    .optional()
    .describe('which kind of machine ran it: compare gates only runs of the same key; merge names machines by label'),
  memoryBytes: z.number().nonnegative().describe('total memory'),
  git: z
    .object({ commit: z.string(), dirty: z.boolean() })
    .nullable()
    .describe('`{ commit, dirty }` of the working directory, or `null` outside a git checkout'),
  startedAt: z.string().describe('ISO 8601'),
  finishedAt: z.string().nullable().describe('ISO 8601; `null` until the run ends'),
  preset: z.string().describe('`quick`, `standard` or `thorough`'),
  options: z.record(z.string(), z.unknown()).describe('the resolved options of the run (defaults applied; `null` = the preset\'s value)'),
  machineAtStart: z
    .object({
      otherCpu: z.number().nonnegative().describe('cores other processes kept busy in the look before measuring'),
      freeCores: z.number().nonnegative(),
      waitedMs: z.number().nonnegative().describe('how long the bench waited for the machine to go quiet (`--wait-for-idle`)'),
    })
    .optional()
    .describe('the machine as the bench found it, before the first suite'),
});

export const StatsSchema = z
  .object({
    n: count.describe('number of samples'),
    mean: z.number(),
    median: z.number(),
    min: z.number(),
    max: z.number(),
    sd: z.number().describe('sample standard deviation (n - 1)'),
    p75: z.number().describe('75th percentile (linear interpolation, type 7)'),
    p99: z.number().describe('99th percentile (linear interpolation, type 7)'),
    rme: z.number().describe("relative margin of error of the mean at 95% (Student's t), in percent"),
    ci: z
      .object({
        of: z.literal('median'),
        method: z.literal('order-statistics'),
        level: z.number().min(0).max(1),
        low: z.number(),
        high: z.number(),
      })
      .describe(
        'distribution-free confidence interval of the median from order statistics; `level` is the coverage actually achieved (>= 0.95 from 6 samples up, else min..max)',
      ),
  })
  // The statistics are computed by src/stats (which imports nothing); this checks at compile time
  // that what the schema accepts is exactly what computeStats() returns.
  .describe('summary statistics of `samples` (src/stats/summary.ts)') satisfies z.ZodType<Stats>;

const EventLoopDelaySchema = z
  .object({ p50: ms, p99: ms, max: ms, mean: ms })
  .describe("the main thread's event-loop delay while the timed batches ran, in ms (1 ms resolution)");

const LoadFiguresSchema = z
  .object({
    model: z.enum(['closed', 'open']).describe("'closed': N connections each waiting for its answer; 'open': a fixed arrival rate"),
    connections: count,
    rate: z.number().nullable(),
    durationS: z.number(),
    requestsPerSecond: z.number(),
    latency: z.object({
      p50: ms,
      p90: ms,
      p99: ms,
      max: ms,
      mean: ms,
      meanWithUnfinishedMs: ms
        .optional()
        .describe(
          "closed model: the mean over the window's answers and the requests still in flight when it closed, these counted for the time they waited inside the window: Little's law's mean wait, which starved connections cannot hide",
        ),
      unfinished: count.optional().describe('closed model: requests in flight when the window closed (one per connection)'),
      maxUnfinishedAgeMs: ms.optional().describe('closed model: the longest any of them had waited inside the window'),
    }),
    requests: count,
    errors: count,
    timeouts: count,
    non2xx: count,
    fairness: z
      .object({
        connections: count,
        minPerConnection: count,
        maxPerConnection: count,
        starvedShare: z.number().min(0).max(1).describe('share of connections that completed less than half their fair share (answers / connections)'),
      })
      .optional()
      .describe("closed model: how evenly the window's answers were spread over the connections"),
  })
  .describe('load suite only: one autocannon point (see docs/load-and-mixed.md)');

const ResourcesSchema = z
  .object({
    socketsInUsePeak: count.describe(
      "most sockets of the bench process's HTTP client carrying a call at once (undici, one call per socket: calls sent and not yet answered)",
    ),
    rssPeakBytes: count.describe("the bench process's peak resident set size (bytes)"),
  })
  .describe('scaling suite, I/O points: what the calls in flight cost the bench process while the timed batches ran');

const SweepFiguresSchema = z
  .object({
    inFlight: count.describe('k: calls in flight at most'),
    calls: count.describe('calls made at this point'),
    statusCodes: z.record(z.string(), count).describe('answers by status code, e.g. `{ "200": 95, "429": 5 }`'),
    errors: z
      .object({ timeout: count, reset: count, refused: count, other: count })
      .describe('calls that got no answer: past --timeout, reset by the server, refused, anything else'),
    latency: z.object({ p50: ms, p90: ms, p99: ms, max: ms, mean: ms }).describe('every call, answered or not, from before its request to its body\'s end (ms)'),
    histogram: z.array(z.object({ upToMs: z.number(), count })).describe('calls by latency, in buckets doubling from 1 ms; the last bucket holds the rest'),
    synRetryCalls: count.describe('calls that took about 1 s or 3 s longer than the one-at-a-time latency: the kernel retransmitting a SYN the server\'s full listen backlog dropped'),
    firstWaveFast: z.array(count).describe('per batch: how many of its first k calls (sent before any answer) took no such extra second'),
    retryAfterS: z.number().nullable().describe('the longest Retry-After a 429 or 503 asked for (s), or null'),
    clientCpu: z.number().nonnegative().describe("cores the bench process itself used while the point ran (its CPU time / wall time)"),
  })
  .describe('target suite: one point of the concurrency sweep against the user\'s endpoint (bench/target-sweep.ts)');

const ExtrapolatedSchema = z
  .object({
    from: z.literal('one-call').describe('`one-call`: N times the measured time of one call'),
    calls: count.describe('N, the calls of the batch that was not run'),
    fromTasks: count
      .min(1)
      .describe(
        'the measured batch the one-call time comes from: sequential at N = fromTasks in the same run, the largest run whole; each sample is one of its samples × calls / fromTasks',
      ),
  })
  .describe('scaling suite, sequential at large N: not run, its time extrapolated; compare leaves the result out');

export const CapacitySchema = z
  .object({
    cores: z.number().int().positive().describe('the cores this process can use (context.cpu.cores): the nominal capacity'),
    otherCpu: z.number().nonnegative().describe('mean cores other processes kept busy (the machine minus asyncbench and its servers)'),
    otherCpuLow: z.number().nonnegative().describe('the least of that over parts of the window of at least 500 ms'),
    otherCpuHigh: z.number().nonnegative().describe('the most of that over parts of the window of at least 500 ms: high - low is how steady the contention was'),
    onCpus: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("the CPUs the machine's busy time was read over (those this process may run on): more than `cores` only under a cgroup quota; absent, `cores`"),
    freeCores: z.number().nonnegative().describe('max(0, min(cores, onCpus - otherCpu)): the capacity that was free'),
    ownCpu: z.number().nonnegative().describe('mean cores asyncbench used: the bench process (every thread) and its servers'),
    waitingThreads: z
      .number()
      .nonnegative()
      .nullable()
      .describe("mean number of asyncbench's threads waiting on a run queue for a core (Linux schedstat); `null` where unknown"),
    windowMs: z.number().nonnegative().describe('the wall time the other-processes figures cover (at least 500 ms: a shorter result takes the last 500 ms before its end)'),
  })
  .describe('the CPU capacity free while the result was measured (src/measure/capacity.ts)');

const FreeIdealSchema = z
  .object({
    cores: z.number().nonnegative().describe('the free cores the ideal assumes'),
    ideal: z.number(),
    idealFormula: z.string(),
  })
  .describe("the strategy's ideal for the capacity that was free, when it differs from the nominal `ideal` (a model on cores, a busy machine)");

/** One run's share of a completed result: `bench --runs R` measures the whole selection R times. */
const RunPartSchema = z
  .object({
    run: z.number().int().positive().describe('which run of the file (1, 2, ...): the same number names the same run across every result of the file'),
    samples: z.array(z.number()).min(1).describe("this run's raw samples, in the order they ran"),
    median: z.number().describe('median of `samples`'),
    speedup: z.number().nullable().describe("the reference's median in the same run / `median`; `null` where not defined"),
    efficiency: z.number().describe('ideal / median for times, measured / ideal for throughput, in this run'),
    eventLoopDelay: EventLoopDelaySchema.nullable(),
    otherCpu: z.number().nonnegative().optional().describe('cores other processes kept busy while this run measured the result'),
    capacity: CapacitySchema.optional(),
    busyCores: z.number().nonnegative().optional().describe("this run's busyCores"),
    taskErrors: count,
    load: LoadFiguresSchema.optional(),
    resources: ResourcesSchema.optional(),
  })
  .describe('one run of a result: what compare tests when a file holds several runs (the run is the statistical unit)');

const WorkloadSchema = z.enum(['io', 'cpu', 'mixed', 'file']);

/** The fields every result has, completed or errored: what names it across runs. */
const resultBase = {
  workload: WorkloadSchema.describe('what ran: `io`, `cpu`, `mixed` or `file` (reads of the slow-file server; the load suite uses `io`/`cpu` for the target server)'),
  strategy: z.string().describe('strategy name (`sequential`, `concurrent`, `bounded`, `worker-pool`, `offload`), in the threadpool suite a way of calling (`sync`, `async-serial`, `async-all`), a load target, in the files suite a way of reading (`sequential`, `concurrent`, `bounded`, `worker-pool`; sockets are `io`/`concurrent`) or a victim of the pool (`pbkdf2`, `dns-lookup`), or in the python suite an asyncio or executor way (`sequential`, `concurrent` = asyncio.gather, `bounded` = asyncio.Semaphore, `to-thread`, `thread-pool`, `process-pool`)'),
  point: z
    .record(z.string(), z.number())
    .describe('the sweep point, e.g. `{ "tasks": 100 }`, `{ "workers": 4 }`, `{ "connections": 10 }`; `{}` when none'),
  params: z
    .record(z.string(), z.union([z.number(), z.string()]))
    .describe('effective parameters of this result (tasks, delayMs, cpuMs, concurrency, workers, ...)'),
  runtime: z
    .enum(['node', 'python'])
    .optional()
    .describe("what ran the strategy: absent or `node`, this Node process (or its children); `python`, the python suite's interpreter (its version, implementation and GIL in `params`)"),
};

const CompletedResultSchema = z.object({
  ...resultBase,
  state: z.literal('completed'),
  unit: z.enum(['ms', 'req/s']).describe('unit of `samples` and of the stats: `ms` (batch time) or `req/s` (load throughput)'),
  better: z.enum(['smaller', 'bigger']).describe('whether smaller or bigger samples are better'),
  samples: z
    .array(z.number())
    .min(1)
    .describe('raw samples of every run, run after run, in the order they ran: one per batch (ms) or per second of load (req/s)'),
  stats: StatsSchema,
  ideal: z.number().describe('what a perfect machine would do, in `unit` (src/model)'),
  idealFormula: z.string().describe('how the ideal was computed, e.g. `ceil(N/k)*d = ceil(100/8)*20`'),
  speedup: z
    .number()
    .nullable()
    .describe(
      "the reference's median (`sequential`; `sync` in the threadpool suite) / this median at the same workload and point, over every run's samples; `null` where not defined",
    ),
  efficiency: z.number().describe('ideal / median for times, measured / ideal for throughput; 1 is perfect'),
  eventLoopDelay: EventLoopDelaySchema.nullable().describe('each figure the median over the runs (one run: its own)'),
  otherCpu: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      'cores that other processes kept busy while the timed batches ran (machine busy time minus this process, over wall time); the largest over the runs',
    ),
  capacity: CapacitySchema.optional().describe(
    'over the runs: otherCpu the largest, low the least, high the most, freeCores from the largest otherCpu, ownCpu the median, waitingThreads the largest',
  ),
  freeIdeal: FreeIdealSchema.optional(),
  busyCores: z
    .number()
    .nonnegative()
    .optional()
    .describe(
      "threadpool and python suites: the process's CPU time over wall time while a batch ran, the median over its batches (over the runs: the median of theirs): how many threads computed at once, whatever each core's speed (python: the interpreter's own process, a process pool's workers not counted)",
    ),
  taskErrors: count.describe('tasks that failed across all samples of every run (their batches still counted)'),
  firstTaskError: ErrorSchema.optional().describe('the first task error seen, for the report'),
  poolStartupMs: z
    .number()
    .optional()
    .describe('worker-pool and offload (when it starts a pool): creating the pool until every thread answered a no-op, outside the timed batches (ms); the median over the runs'),
  load: LoadFiguresSchema.optional().describe("the figures of the run whose throughput is the median of the runs' (one run: its own)"),
  resources: ResourcesSchema.optional().describe('each figure the largest over the runs (one run: its own)'),
  extrapolated: ExtrapolatedSchema.optional(),
  sweep: SweepFiguresSchema.optional().describe(
    "target suite: one point of the concurrency sweep against the user's endpoint (bench/target-sweep.ts); with several runs, the figures of the run whose median throughput is the (lower) median of the runs'",
  ),
  runs: z.array(RunPartSchema).min(1).describe('each run on its own, in run order'),
});

const ErroredResultSchema = z.object({
  ...resultBase,
  state: z.literal('errored'),
  error: ErrorSchema.describe('why the strategy could not run (a pool that could not start, a batch that threw)'),
});

const ResultSchema = z.discriminatedUnion('state', [CompletedResultSchema, ErroredResultSchema]);

const ClaimSchema = z.object({
  id: z.string().describe('stable id, e.g. `io.concurrent-speedup`'),
  suite: z.string().describe('the suite whose data decides it'),
  statement: z.string().describe('the claim in plain words'),
  rule: z.string().describe('the rule it is decided by, with its thresholds'),
  holds: z.boolean().nullable().describe('true or false; `null` when the data to decide it is missing (suite not run or errored)'),
  evidence: z.string().describe('the measured figures behind the verdict'),
  judgedAgainst: z
    .object({
      basis: z.enum(['nominal', 'free']).describe("`nominal`: the machine's cores; `free`: the cores other processes left free while its results ran"),
      cores: z.number().describe('the cores the verdict used'),
      nominalCores: z.number().int().positive(),
      otherCpu: z.number().nonnegative().describe('the most cores other processes held while its results ran'),
    })
    .optional()
    .describe('claims about cores or a model fit: the capacity the verdict was judged against'),
  reasons: z
    .array(
      z.object({
        kind: z.enum(['backlog', 'serialisation', 'rate-limit', 'errors', 'client-limit', 'unknown', 'none']),
        text: z.string().describe('the reason in plain words, with its figures'),
      }),
    )
    .optional()
    .describe("target suite: why more concurrency stops paying against the user's endpoint, each decided from the sweep's data"),
});

const SuiteSchema = z.object({
  name: z.string().describe('`io`, `cpu`, `scaling`, `load`, `mixed`, `threadpool`, `files`, `target`, `python`'),
  title: z.string().describe('one line for people'),
  state: z.enum(['completed', 'errored', 'interrupted']),
  error: ErrorSchema.optional().describe('when errored'),
  params: z.record(z.string(), z.unknown()).describe("the suite's parameters (batch sizes, delays, sweeps, time budgets)"),
  startedAt: z.string().describe('ISO 8601'),
  durationMs: z.number().nonnegative(),
  results: z.array(ResultSchema).describe('one entry per strategy and sweep point'),
});

/** A whole results.json of the current version. */
export const ResultsFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal(RESULTS_KIND),
    status: z
      .enum(['running', 'completed', 'interrupted'])
      .describe('`running` while suites remain; `interrupted` after Ctrl-C/SIGTERM; `completed` at the end'),
    context: RunContextSchema.describe('where and how the run ran'),
    suites: z.array(SuiteSchema).describe('one entry per suite that ran'),
    claims: z.array(ClaimSchema).describe('the verdicts on the thesis'),
  })
  .describe('asyncbench results.json: one bench (of one or several runs), its context, raw samples, statistics, ideals and claims');

export type RunContext = z.infer<typeof RunContextSchema>;
export type EventLoopDelay = z.infer<typeof EventLoopDelaySchema>;
export type LoadFigures = z.infer<typeof LoadFiguresSchema>;
export type Resources = z.infer<typeof ResourcesSchema>;
export type Extrapolated = z.infer<typeof ExtrapolatedSchema>;
export type SweepFigures = z.infer<typeof SweepFiguresSchema>;
export type Capacity = z.infer<typeof CapacitySchema>;
export type FreeIdeal = z.infer<typeof FreeIdealSchema>;
export type Workload = z.infer<typeof WorkloadSchema>;
export type RunPart = z.infer<typeof RunPartSchema>;
export type CompletedResult = z.infer<typeof CompletedResultSchema>;
export type ErroredResult = z.infer<typeof ErroredResultSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Suite = z.infer<typeof SuiteSchema>;
export type ResultsFile = z.infer<typeof ResultsFileSchema>;

/** The key naming one result across runs: `suite/workload/strategy[/k=v,...]`. */
export function resultKey(suite: string, result: Pick<Result, 'workload' | 'strategy' | 'point'>): string {
  const point = Object.entries(result.point)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${suite}/${result.workload}/${result.strategy}${point ? `/${point}` : ''}`;
}
