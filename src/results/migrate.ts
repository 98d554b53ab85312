/**
 * Reading an older results.json: each schema version that is no longer written has one migration
 * to the next version, applied in turn until the file is current, then validated as usual. A
 * migration is a pure function of the parsed JSON of its version; it never reads the file again.
 *
 * Version 1 is the first version (no file older than it exists), so the table is empty today; the
 * next change of meaning adds `1: (v1) => v2` here and bumps SCHEMA_VERSION, and every committed
 * baseline stays readable.
 */
import { InvalidResultsError } from '../errors.js';
import { SCHEMA_VERSION } from './schema.js';

/** `from` version -> the same data in version `from + 1`. */
export type Migrations = Readonly<Record<number, (data: Record<string, unknown>) => Record<string, unknown>>>;

/** Every migration this build knows. */
export const MIGRATIONS: Migrations = {};

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
