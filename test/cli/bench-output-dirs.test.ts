import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseBenchArgs } from '../../src/cli/bench-options.js';
import { prepareOutputDirs } from '../../src/cli/bench.js';

const root = mkdtempSync(join(tmpdir(), 'asyncbench-out-'));
after(() => rmSync(root, { recursive: true, force: true }));

const optionsOf = (argv: string[]) => {
  const parsed = parseBenchArgs(argv, ['io']);
  assert.equal(parsed.help, false);
  return parsed.help ? assert.fail() : parsed.options;
};

test('default: reports/latest (emptied of an earlier run) and a copy under reports/runs/<time>', () => {
  const stale = join(root, 'reports', 'latest', 'load-throughput.png');
  mkdirSync(join(root, 'reports', 'latest'), { recursive: true });
  writeFileSync(stale, 'old chart');
  const dirs = prepareOutputDirs(optionsOf([]), '2026-11-23T19:25:03.123Z', root);
  assert.deepEqual(dirs, [join(root, 'reports', 'latest'), join(root, 'reports', 'runs', '20261123-192503')]);
  assert.equal(existsSync(stale), false, 'a stale chart of an earlier run was left in reports/latest');
});

test('--out DIR: only that folder, and nothing in it is removed', () => {
  const out = join(root, 'mine');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'notes.txt'), 'keep me');
  assert.deepEqual(prepareOutputDirs(optionsOf(['--out', out]), '2026-11-23T19:25:03.123Z', root), [out]);
  assert.equal(existsSync(join(out, 'notes.txt')), true);
});
