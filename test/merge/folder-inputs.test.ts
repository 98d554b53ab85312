import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { inputFiles } from '../../src/merge/read.js';

const dir = mkdtempSync(join(tmpdir(), 'asyncbench-merge-folder-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, '{}');
  return full;
}

test('a folder is every .json file below it, sorted (download-artifact: one subfolder per artifact, or all in one)', () => {
  write('artifacts/results-linux-x64-node20/results.json');
  write('artifacts/results-linux-arm64-node24/results.json');
  write('artifacts/macos.json');
  write('artifacts/results-linux-x64-node20/summary.md');
  const single = write('extra.json');
  assert.deepEqual(inputFiles([join(dir, 'artifacts'), single]), [
    join(dir, 'artifacts/macos.json'),
    join(dir, 'artifacts/results-linux-arm64-node24/results.json'),
    join(dir, 'artifacts/results-linux-x64-node20/results.json'),
    single,
  ]);
});
