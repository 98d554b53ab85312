/**
 * Reading an older results.json: each schema version that is no longer written has one migration
 * to the next version, applied in turn until the file is current, then validated as usual. A
 * migration is a pure function of the parsed JSON of its version; it never reads the file again.
 *
 * 1 -> 2: version 2 keeps each run of `bench --runs R` in a completed result's `runs`. A version-1
 * file is one run: each completed result gets `runs: [run 1]` built from its own figures. (A
 * version-1 file merged by compare:refs had its runs' samples concatenated, which cannot be split
 * again: it reads as one run, as it was written.)
 */
import { InvalidResultsError } from '../errors.js';
import { SCHEMA_VERSION } from './schema.js';

/** `from` version -> the same data in version `from + 1`. */
export type Migrations = Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;

type Json = Record<string, unknown>;

/** A version-1 completed result as one run of version 2; anything else unchanged. */
function resultV1toV2(result: unknown): unknown {
  if (typeof result !== 'object' || result === null) return result;
  const r = result as Json;
  if (r.state !== 'completed' || !Array.isArray(r.samples) || r.samples.length === 0) return r;
  // A version-1 completed result always has stats; a file without them fails validation after this.
  const stats = r.stats as Json | undefined;
  const run: Json = {
    run: 1,
    samples: r.samples,
    median: stats?.median,
    speedup: r.speedup ?? null,
    efficiency: r.efficiency,
    eventLoopDelay: r.eventLoopDelay ?? null,
    ...(r.otherCpu !== undefined ? { otherCpu: r.otherCpu } : {}),
    taskErrors: r.taskErrors,
    ...(r.load !== undefined ? { load: r.load } : {}),
  };
  return { ...r, runs: [run] };
}

function v1toV2(data: Json): Json {
  if (!Array.isArray(data.suites)) return data;
  return {
    ...data,
    suites: data.suites.map((suite: unknown) => {
      if (typeof suite !== 'object' || suite === null) return suite;
      const s = suite as Json;
      return Array.isArray(s.results) ? { ...s, results: s.results.map(resultV1toV2) } : s;
    }),
  };
}

/** Every migration this build knows. */
export const MIGRATIONS: Migrations = { 1: v1toV2 };

/**
 * Brings parsed results of any known version up to `current`: unchanged when it already is, through
 * each migration in turn when older. A version newer than `current`, or one no migration starts
 * from, is an InvalidResultsError naming both.
 */
export function migrate(
  data: Record<string, unknown>,
  source: string,
  migrations: Migrations = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): Record<string, unknown> {
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InvalidResultsError(`${source}: schemaVersion must be a whole number from 1 (got ${JSON.stringify(version)})`);
  }
  if (version > current) {
    throw new InvalidResultsError(
      `${source}: schemaVersion ${version} is newer than this asyncbench reads (${current}): update asyncbench to read it`,
    );
  }
  let out = data;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new InvalidResultsError(`${source}: schemaVersion ${version} cannot be read (no migration from version ${v})`);
    out = { ...step(out), schemaVersion: v + 1 };
  }
  return out;
}
