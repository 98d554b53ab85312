// The files suite's claims decided from hand-built results: each holds for the model's figures,
// fails where the data contradicts it, and is undecided (with why) where its data is missing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filesIdeal, starvationIdeal } from '../../src/model/files.js';
import { filesClaims } from '../../src/model/files-claims.js';
import type { Result } from '../../src/results/schema.js';
import { completed, suiteOf } from './results-builder.js';

const d = 20;
const params = (tasks: number, poolSize: number) => ({ tasks, delayMs: d, bytes: 4096, poolSize, concurrency: 8, workers: 2 });

/** Concurrent reads at `factor` x the model, sockets at `sockets` x d, victims `added` ms later when loaded. */
function results(opts: { factor?: number; sockets?: number; added?: number; at16?: number } = {}): Result[] {
  const { factor = 1.05, sockets = 1.2, added = 82 } = opts;
  const out: Result[] = [];
  for (const poolSize of [1, 4, 16]) {
    for (const tasks of [4, 16]) {
      const ideal = filesIdeal({ strategy: 'concurrent', tasks, poolSize, delayMs: d, concurrency: 8, workers: 2 }).ms;
      const median = poolSize === 16 && tasks === 16 && opts.at16 !== undefined ? opts.at16 : ideal * factor;
      out.push(completed('file', 'concurrent', median, { point: { poolSize, tasks }, params: params(tasks, poolSize), ideal }));
      out.push(completed('io', 'concurrent', d * sockets, { point: { poolSize, tasks }, params: params(tasks, poolSize), ideal: d }));
    }
  }
  for (const [name, workload, idle] of [['pbkdf2', 'cpu', 1], ['dns-lookup', 'io', 0.05]] as const) {
    const p = (fileLoad: number) => ({ poolSize: 4, fileLoad, delayMs: d, fireAfterMs: 0, victim: name });
    out.push(completed(workload, name, idle, { point: { poolSize: 4, fileLoad: 0 }, params: p(0) }));
    out.push(completed(workload, name, idle + added, { point: { poolSize: 4, fileLoad: 16 }, params: p(16), ideal: starvationIdeal(idle, 16, 4, d).ms }));
  }
  return out;
}

const decide = (rs: Result[], params: Record<string, unknown> = {}) => filesClaims({ ...suiteOf('files', rs), params }).map((c) => [c.id, c.holds]);

test('all three hold when the reads follow ceil(N/size)*d, sockets d, and victims wait behind the reads', () => {
  assert.deepEqual(decide(results()), [
    ['files.pool-caps-file-reads', true],
    ['files.pool-size-lifts-cap', true],
    ['files.starvation', true],
  ]);
});

test('reads as free as sockets (d at every size) fail the cap and the lift', () => {
  const free = results().map((r) => (r.state === 'completed' && r.workload === 'file' ? { ...r, stats: { ...r.stats, median: d * 1.1 } } : r));
  const [caps, lifts] = decide(free);
  assert.deepEqual(caps, ['files.pool-caps-file-reads', false]);
  assert.deepEqual(lifts, ['files.pool-size-lifts-cap', false]);
});

test('the band is 0.8-1.5 x the model', () => {
  assert.equal(decide(results({ factor: 1.5 }))[0]?.[1], true);
  assert.equal(decide(results({ factor: 1.51 }))[0]?.[1], false);
  assert.equal(decide(results({ factor: 0.79 }))[0]?.[1], false);
});

test('sockets must beat capped reads by half the model ratio: at 2.2 x d they are 1.91x faster than 16 reads at size 4 (model 4x, half of it 2)', () => {
  assert.equal(decide(results({ sockets: 2.0 }))[0]?.[1], true);
  assert.equal(decide(results({ sockets: 2.2 }))[0]?.[1], false);
});

test('a larger size that is not faster where the model falls fails the lift', () => {
  assert.equal(decide(results({ at16: 90 }))[1]?.[1], false);
});

test('victims barely delayed fail starvation: +30 ms against a model wait of 80 (half is 40)', () => {
  assert.equal(decide(results({ added: 41 }))[2]?.[1], true);
  assert.equal(decide(results({ added: 30 }))[2]?.[1], false);
});

test('no results: undecided, not measured; a skipped suite says why', () => {
  const none = filesClaims(suiteOf('files', []));
  assert.deepEqual(none.map((c) => c.holds), [null, null, null]);
  for (const c of none) assert.match(c.evidence, /^not measured: /);
  const skipped = filesClaims({ ...suiteOf('files', []), params: { skipped: 'FUSE is not available here; install it with `npm run setup -- --fuse`' } });
  for (const c of skipped) assert.equal(c.evidence, 'not measured: FUSE is not available here; install it with `npm run setup -- --fuse`');
});
