// Older schema versions are read through explicit migrations, one per version, applied in turn;
// here with a planted table (version 1 is the first real one, so the shipped table is empty).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidResultsError } from '../../src/errors.js';
import { MIGRATIONS, type Migrations, migrate } from '../../src/results/migrate.js';
import { SCHEMA_VERSION } from '../../src/results/schema.js';

const PLANTED: Migrations = {
  // v1 -> v2: a field renamed.
  1: ({ oldName, ...rest }) => ({ ...rest, newName: oldName }),
  // v2 -> v3: a field added with its default.
  2: (data) => ({ ...data, runs: 1 }),
};

test('a version-1 file goes through every migration up to the current version', () => {
  assert.deepEqual(migrate({ schemaVersion: 1, oldName: 'x' }, 'f.json', PLANTED, 3), { schemaVersion: 3, newName: 'x', runs: 1 });
  assert.deepEqual(migrate({ schemaVersion: 2, newName: 'y' }, 'f.json', PLANTED, 3), { schemaVersion: 3, newName: 'y', runs: 1 });
});

test('a current file is returned as it is', () => {
  const data = { schemaVersion: 3, newName: 'z', runs: 2 };
  assert.equal(migrate(data, 'f.json', PLANTED, 3), data);
});

test('a version with no migration from it, or newer than this build, is refused by name', () => {
  assert.throws(() => migrate({ schemaVersion: 1 }, 'f.json', { 2: PLANTED[2] as never }, 3), (e: unknown) =>
    e instanceof InvalidResultsError && e.message === 'f.json: schemaVersion 1 cannot be read (no migration from version 1)',
  );
  assert.throws(() => migrate({ schemaVersion: 4 }, 'f.json', PLANTED, 3), /schemaVersion 4 is newer than this asyncbench reads \(3\)/);
});

test('the shipped table migrates every version below the current one', () => {
  for (let v = 1; v < SCHEMA_VERSION; v++) assert.equal(typeof MIGRATIONS[v], 'function', `no migration from version ${v}`);
});
