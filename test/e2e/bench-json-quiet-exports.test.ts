// One small real run through the `asyncbench` dispatcher with every output option: stdout is
// results.json and nothing else, --quiet leaves stderr empty, --no-charts renders no PNG, and each
// export lands where it was asked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CSV_COLUMNS } from '../../src/report/csv.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'asyncbench-json-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('bench --json --quiet --no-charts --export-*: results.json alone on stdout, nothing on stderr, the exports written', () => {
  const out = join(dir, 'out');
  const child = spawnSync(
    process.execPath,
    [
      MAIN, 'bench', '--suite', 'io', '--preset', 'quick', '--tasks', '4', '--delay', '5', '--strategies', 'sequential,concurrent',
      '--out', out, '--json', '--quiet', '--no-charts', '--wait-for-idle', '0',
      '--export-json', join(dir, 'r.json'), '--export-csv', join(dir, 'r.csv'), '--export-markdown', join(dir, 's.md'),
      '--github-benchmark', join(dir, 'gab'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  assert.equal(child.status, 0, child.stderr);
  // On a busy machine the bench's one-line notice is a warning, shown under --quiet too: nothing else.
  assert.equal(child.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('asyncbench: warning: other processes')).join('\n'), '');
  const results = JSON.parse(child.stdout) as { kind: string; suites: Array<{ name: string; results: unknown[] }> };
  assert.equal(results.kind, 'asyncbench-results');
  assert.deepEqual(results.suites.map((s) => s.name), ['io']);
  assert.equal(child.stdout, readFileSync(join(out, 'results.json'), 'utf8'));
  assert.equal(readFileSync(join(dir, 'r.json'), 'utf8'), child.stdout);
  assert.deepEqual(readdirSync(out).sort(), ['index.html', 'results.json', 'summary.md']);
  const csv = readFileSync(join(dir, 'r.csv'), 'utf8').split('\r\n');
  assert.equal(csv[0], CSV_COLUMNS.join(','));
  assert.match(csv[1] ?? '', /^io,io,sequential,,ms,\d+,/);
  assert.match(readFileSync(join(dir, 's.md'), 'utf8'), /^# asyncbench results/);
  assert.deepEqual(readdirSync(join(dir, 'gab')).sort(), ['custom-bigger-is-better.json', 'custom-smaller-is-better.json']);
});
