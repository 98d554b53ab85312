/**
 * The files suite's contract with its child (bench/files-child.ts, one process per
 * UV_THREADPOOL_SIZE): the one JSON document it prints, validated here before anything reads it.
 * The process is run by src/measure/json-child.ts (own process group, SIGTERM then SIGKILL on
 * Ctrl-C, a timeout, one line for whatever went wrong).
 */
import { z } from 'zod';
import { runJsonChild, type JsonChildOutcome } from './json-child.js';

export const FILES_CHILD_KIND = 'asyncbench-files-child';
export const FILES_CHILD_WAYS = ['sequential', 'concurrent', 'bounded', 'worker-pool', 'sockets'] as const;
export type FilesChildWay = (typeof FILES_CHILD_WAYS)[number];

const ErrorSchema = z.object({ name: z.string(), message: z.string() });

const EntrySchema = z.object({
  way: z.enum(FILES_CHILD_WAYS),
  tasks: z.number().int().positive(),
  /** Batch times (ms), in the order they ran. */
  samples: z.array(z.number().nonnegative()).min(1),
  taskErrors: z.number().int().nonnegative(),
  firstTaskError: ErrorSchema.optional(),
});

const VictimSchema = z.object({
  name: z.enum(['pbkdf2', 'dns-lookup']),
  /** One call alone (ms), per sample. */
  idle: z.array(z.number().nonnegative()).min(1),
  /** One call queued right after `fileLoad` slow reads (ms), per sample. */
  loaded: z.array(z.number().nonnegative()).min(1),
});

export const FilesChildDocSchema = z.object({
  kind: z.literal(FILES_CHILD_KIND),
  version: z.literal(1),
  /** UV_THREADPOOL_SIZE as the child saw it. */
  poolSize: z.string().nullable(),
  entries: z.array(EntrySchema),
  starvation: z.object({ fileLoad: z.number().int().positive(), victimIterations: z.number().int().positive(), victims: z.array(VictimSchema) }).optional(),
});

export type FilesChildDoc = z.infer<typeof FilesChildDocSchema>;
export type FilesChildEntry = z.infer<typeof EntrySchema>;

export interface FilesChildSpec {
  /** bench/files-child.js */
  script: string;
  poolSize: number;
  dir: string;
  url: string;
  delayMs: number;
  plan: ReadonlyArray<{ way: FilesChildWay; tasks: number }>;
  concurrency: number;
  workers: number;
  timeMs: number;
  minSamples: number;
  /** N reads the victims queue behind; 0: no starvation part. */
  starvation: number;
  victimSamples: number;
  timeoutMs: number;
  signal: AbortSignal;
}

/** Runs one child at `spec.poolSize` and returns its validated document, or why not (one line). */
export async function runFilesChild(spec: FilesChildSpec): Promise<JsonChildOutcome<FilesChildDoc>> {
  const flags: Record<string, string | number> = {
    dir: spec.dir,
    url: spec.url,
    'delay-ms': spec.delayMs,
    plan: JSON.stringify(spec.plan),
    concurrency: spec.concurrency,
    workers: spec.workers,
    'time-ms': spec.timeMs,
    'min-samples': spec.minSamples,
    starvation: spec.starvation,
    'victim-samples': spec.victimSamples,
  };
  const args = [spec.script, ...Object.entries(flags).flatMap(([name, value]) => [`--${name}`, String(value)]), '--parent-watch'];
  const outcome = await runJsonChild(
    { command: process.execPath, args, env: { UV_THREADPOOL_SIZE: String(spec.poolSize) }, timeoutMs: spec.timeoutMs, signal: spec.signal },
    FilesChildDocSchema,
  );
  if (outcome.state !== 'completed' || outcome.value.poolSize === String(spec.poolSize)) return outcome;
  return { state: 'errored', reason: `ran with UV_THREADPOOL_SIZE=${String(outcome.value.poolSize)}` };
}
