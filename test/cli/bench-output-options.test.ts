import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { benchHelp, parseBenchArgs } from '../../src/cli/bench-options.js';
import { InvalidOptionError } from '../../src/errors.js';

const SUITES = ['io', 'cpu'];
const dir = mkdtempSync(join(tmpdir(), 'asyncbench-output-options-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const aFile = join(dir, 'a-file');
writeFileSync(aFile, '');

const bad: Array<[string[], RegExp]> = [
  [['--export-json', ''], /^--export-json must be a file path \(got an empty string\)$/],
  [['--export-csv', ' '], /^--export-csv must be a file path \(got an empty string\)$/],
  [['--export-markdown', dir], /^--export-markdown must be a file path \('.+' is a folder\)$/],
  [['--github-benchmark', aFile], /^--github-benchmark must be a folder path \('.+' is a file\)$/],
  [['--export-csv'], /^Option '--export-csv <value>' argument missing \(see --help\)$/],
  [['--json=yes'], /^Option '--json' does not take an argument \(see --help\)$/],
  [['--no-charts=1'], /^Option '--no-charts' does not take an argument \(see --help\)$/],
];

for (const [argv, message] of bad) {
  test(`bad output option ${argv.join(' ')} -> InvalidOptionError naming it`, () => {
    assert.throws(
      () => parseBenchArgs(argv, SUITES),
      (error: unknown) => error instanceof InvalidOptionError && message.test(error.message) && error.exitCode === 2,
    );
  });
}

test('output defaults: table on stdout, progress, charts, no exports', () => {
  const parsed = parseBenchArgs([], SUITES);
  assert.ok(!parsed.help);
  assert.deepEqual(parsed.output, { json: false, quiet: false, charts: true, exportJson: null, exportMarkdown: null, exportCsv: null, githubBenchmark: null });
});

test('every output option resolves, and none is recorded in the run options (results.json context)', () => {
  const parsed = parseBenchArgs(
    ['--json', '--quiet', '--no-charts', '--export-json', 'a.json', '--export-markdown', 'a.md', '--export-csv', 'a.csv', '--github-benchmark', 'gab'],
    SUITES,
  );
  assert.ok(!parsed.help);
  assert.deepEqual(parsed.output, { json: true, quiet: true, charts: false, exportJson: 'a.json', exportMarkdown: 'a.md', exportCsv: 'a.csv', githubBenchmark: 'gab' });
  assert.deepEqual(parsed.options, (parseBenchArgs([], SUITES) as typeof parsed).options);
});

test('--help lists every output option', () => {
  const help = benchHelp(SUITES);
  for (const flag of ['--json', '--quiet', '--export-json PATH', '--export-markdown PATH', '--export-csv PATH', '--github-benchmark DIR', '--no-charts']) {
    assert.ok(help.includes(`  ${flag}`), flag);
  }
});
