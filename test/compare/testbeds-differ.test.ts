// compare refuses to gate runs of two testbeds: exit 2 with one line naming both; --cross-machine
// prints the comparison and gates nothing, so even a regression exits 0.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compare } from '../../src/compare/compare.js';
import { ioSuite, resultsFile } from './fixtures.js';

const CLI = fileURLToPath(new URL('../../src/cli/compare.js', import.meta.url));
let dir = '';
const path = (name: string) => join(dir, name);
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const big = { cpu: { model: 'Big CPU', cores: 16, speedMHz: null } };

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'asyncbench-testbeds-'));
  writeFileSync(path('small.json'), JSON.stringify(resultsFile([ioSuite(5000, 60, 700)])));
  writeFileSync(path('big-broken.json'), JSON.stringify(resultsFile([ioSuite(5000, 60, 5000)], big)));
  writeFileSync(path('small-labelled.json'), JSON.stringify(resultsFile([ioSuite(5000, 60, 700)], { testbed: { key: 'linux-x64-test-2c-node20', label: 'laptop' } })));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('two testbeds: exit 2, one line naming both', () => {
  const r = run(path('small.json'), path('big-broken.json'));
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0] ?? '', /^compare: the two runs are from different testbeds, linux-x64-test-2c-node20 in .*small\.json and linux-x64-big-16c-node20 in .*big-broken\.json/);
  assert.match(lines[0] ?? '', /--cross-machine/);
});

test('--cross-machine: the table is printed, the regression is shown, nothing is gated, exit 0', () => {
  const r = run(path('small.json'), path('big-broken.json'), '--cross-machine');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^! testbeds differ: linux-x64-test-2c-node20 -> linux-x64-big-16c-node20/m);
  assert.match(r.stdout, /^regressed\s+io\/io\/bounded speedup/m);
  assert.match(r.stdout, /Gated: nothing \(--cross-machine/);
  assert.match(r.stdout, /^PASS: no gated regression/m);
});

test('a label alone does not make another testbed', () => {
  const r = run(path('small.json'), path('small-labelled.json'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^testbed: laptop \(linux-x64-test-2c-node20\)$/m);
});

test('compare() itself: crossMachine gates nothing, and records both testbeds', () => {
  const c = compare(resultsFile([ioSuite(5000, 60, 700)]), resultsFile([ioSuite(5000, 60, 5000)], big), { crossMachine: true });
  assert.equal(c.failed, false);
  assert.ok(c.metrics.every((m) => !m.gated));
  assert.ok(c.metrics.some((m) => m.verdict === 'regressed'));
  assert.deepEqual([c.baseline.testbed.key, c.current.testbed.key], ['linux-x64-test-2c-node20', 'linux-x64-big-16c-node20']);
});
