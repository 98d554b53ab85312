/**
 * The python suite's contract with its Python side (bench/python/asyncbench_child.py): the one JSON
 * document each part prints, validated here before anything reads it, and how an interpreter is
 * found. A part runs as a process of its own (src/measure/json-child.ts); what goes wrong there is
 * one line, which ends that part's results as errored.
 */
import { z } from 'zod';
import { runJsonChild, type JsonChildOutcome } from './json-child.js';

export const PYTHON_DOC_KIND = 'asyncbench-python';

const PythonInfoSchema = z.object({
  executable: z.string(),
  version: z.string(),
  implementation: z.string(),
  /** `sys._is_gil_enabled()` on 3.13+; always true before. */
  gil: z.boolean(),
  freeThreadedBuild: z.boolean(),
  /** `os.cpu_count()`: what the default executor's min(32, cpu_count + 4) threads count. */
  cpuCount: z.number().int().positive(),
  /** httpx's version, or null when it cannot be imported. */
  httpx: z.string().nullable(),
});

const ErrorSchema = z.object({ name: z.string(), message: z.string() });

const StrategySchema = z.discriminatedUnion('state', [
  z.object({
    strategy: z.string(),
    state: z.literal('completed'),
    /** Batch times (ms, time.perf_counter()), in the order they ran. */
    samples: z.array(z.number().nonnegative()).min(1),
    taskErrors: z.number().int().nonnegative(),
    /** Per batch, this process's CPU time over wall time (time.process_time(); a process pool's workers not counted). */
    busyCores: z.array(z.number().nonnegative()).optional(),
    firstTaskError: ErrorSchema.optional(),
    /** Creating the pool until each of its workers answered, outside the timed batches (ms). */
    poolStartupMs: z.number().nonnegative().optional(),
    /** The threads the way ran on: to-thread, the default executor's; the files part's thread-pool, its k. */
    threads: z.number().int().positive().optional(),
  }),
  z.object({
    strategy: z.string(),
    state: z.literal('errored'),
    error: ErrorSchema,
    /** The files part's thread-pool: the k it failed at (one outcome per k). */
    threads: z.number().int().positive().optional(),
  }),
]);

export const PythonDocSchema = z.object({
  kind: z.literal(PYTHON_DOC_KIND),
  version: z.literal(1),
  part: z.enum(['probe', 'article', 'io', 'cpu', 'files']),
  python: PythonInfoSchema,
  strategies: z.array(StrategySchema).optional(),
  delaysMs: z.array(z.number().int().nonnegative()).optional(),
  calibration: z
    .object({
      itersPerMs: z.number().positive(),
      iterations: z.number().int().positive(),
      taskMs: z.number().positive(),
      /** The CPU sequential and gather batches ran pinned to (null: not pinned, off Linux). */
      pinnedCpu: z.number().int().nonnegative().nullable().optional(),
    })
    .optional(),
});

export type PythonInfo = z.infer<typeof PythonInfoSchema>;
export type PythonDoc = z.infer<typeof PythonDocSchema>;
export type PythonStrategyOutcome = z.infer<typeof StrategySchema>;
export type PythonPart = Exclude<PythonDoc['part'], 'probe'>;

/** The oldest Python the child runs on: asyncio.to_thread came in 3.9. */
export const MIN_PYTHON: readonly [number, number] = [3, 9];

export interface PythonPartSpec {
  /** The interpreter (a path, or a name looked up on PATH). */
  python: string;
  /** bench/python/asyncbench_child.py */
  script: string;
  part: PythonPart | 'probe';
  /** Flags of the part: `{ url, tasks, 'delay-ms', … }`. */
  flags?: Record<string, string | number>;
  timeoutMs: number;
  signal: AbortSignal;
}

/** Runs one part and returns its validated document, or why not (one line). */
export async function runPythonPart(spec: PythonPartSpec): Promise<JsonChildOutcome<PythonDoc>> {
  const flags = Object.entries(spec.flags ?? {}).flatMap(([name, value]) => [`--${name}`, String(value)]);
  const outcome = await runJsonChild(
    { command: spec.python, args: [spec.script, '--part', spec.part, ...flags, '--parent-watch'], timeoutMs: spec.timeoutMs, signal: spec.signal },
    PythonDocSchema,
  );
  if (outcome.state !== 'completed' || outcome.value.part === spec.part) return outcome;
  return { state: 'errored', reason: `answered part ${outcome.value.part} when asked for ${spec.part}` };
}

/** Whether `info` can run the suite: a recent enough Python with httpx; null when it can, else why not. */
export function unsuitable(info: PythonInfo): string | null {
  const [major = 0, minor = 0] = info.version.split('.').map(Number);
  if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) return `Python ${info.version} is older than ${MIN_PYTHON.join('.')}`;
  if (info.httpx === null) return 'no httpx';
  return null;
}

export type PythonFound = { found: true; python: string; info: PythonInfo } | { found: false; tried: string[] };

/**
 * The interpreter the suite runs: `explicit` (`--python PATH`) alone when given, else the first of
 * `python3` on PATH and Debian's /usr/bin/python3 that has httpx (a pyenv or venv python3 earlier
 * on PATH often has not). `tried` says, per candidate, why it was passed over.
 */
export async function findPython(
  explicit: string | null,
  script: string,
  signal: AbortSignal,
  candidates: readonly string[] = ['python3', '/usr/bin/python3'],
): Promise<PythonFound> {
  const tried: string[] = [];
  const seen = new Set<string>();
  for (const python of explicit !== null ? [explicit] : candidates) {
    const probe = await runPythonPart({ python, script, part: 'probe', timeoutMs: 20_000, signal });
    if (probe.state === 'aborted') break;
    if (probe.state === 'errored') {
      tried.push(`${python}: ${probe.reason.replace(`${python}: `, '')}`);
      continue;
    }
    const info = probe.value.python;
    if (seen.has(info.executable)) continue;
    seen.add(info.executable);
    const why = unsuitable(info);
    if (why === null) return { found: true, python, info };
    tried.push(`${python === info.executable ? python : `${python} (${info.executable})`}: ${why}`);
  }
  return { found: false, tried };
}
