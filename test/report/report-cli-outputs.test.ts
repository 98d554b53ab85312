import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runToGithubBenchmark } from '../../src/compare/github-benchmark.js';
import { formatCsv } from '../../src/report/csv.js';
import { formatResultsJson } from '../../src/report/json.js';
import { completeRun } from './fixtures.js';

const CLI = fileURLToPath(new URL('../../src/cli/report.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'asyncbench-report-outputs-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const results = join(dir, 'results.json');
writeFileSync(results, formatResultsJson(completeRun()));

function run(...args: string[]): { status: number | null; stderr: string; stdout: string } {
  const child = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: child.status, stderr: child.stderr, stdout: child.stdout };
}

test('report --json --quiet --no-charts with every export: the results on stdout, nothing on stderr, no PNG', () => {
  const out = join(dir, 'out');
  const gab = join(dir, 'gab');
  const r = run(results, '--out', out, '--json', '--quiet', '--no-charts', '--export-csv', join(dir, 'r.csv'), '--export-markdown', join(dir, 's.md'), '--export-json', join(dir, 'r.json'), '--github-benchmark', gab);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, formatResultsJson(completeRun()));
  assert.deepEqual(readdirSync(out).sort(), ['index.html', 'summary.md']);
  assert.ok(!readFileSync(join(out, 'summary.md'), 'utf8').includes('.png'));
  assert.equal(readFileSync(join(dir, 'r.csv'), 'utf8'), formatCsv(completeRun()));
  assert.equal(readFileSync(join(dir, 'r.json'), 'utf8'), r.stdout);
  assert.ok(!readFileSync(join(dir, 's.md'), 'utf8').includes('.png'));
  for (const file of runToGithubBenchmark(completeRun())) assert.equal(readFileSync(join(gab, file.path), 'utf8'), file.content);
});

test('report --export-csv with an empty path: one line naming the option, exit 2', () => {
  const r = run(results, '--export-csv', '');
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'report: --export-csv must be a file path (got an empty string)\n');
  assert.equal(r.stdout, '');
});

test('report --help lists the output options', () => {
  const { stdout } = run('--help');
  for (const flag of ['--json', '--quiet', '--export-json PATH', '--export-markdown PATH', '--export-csv PATH', '--github-benchmark DIR', '--no-charts']) {
    assert.ok(stdout.includes(`  ${flag}`), flag);
  }
});
