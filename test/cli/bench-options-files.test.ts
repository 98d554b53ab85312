// The files suite's options at the edge: --pool-sizes is a list of 1..1024, distinct, at most 8, and
// goes with the files suite; --tasks with the files suite is one slow file per task, at most 4096.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parseBenchArgs } from '../../src/cli/bench-options.js';

const suites = ['io', 'cpu', 'files', 'python'];
const parse = (...argv: string[]) => {
  const parsed = parseBenchArgs(argv, suites, 2);
  if (parsed.help) throw new Error('help');
  return parsed.options;
};

test('--pool-sizes: sorted sizes; absent is null (the preset\'s)', () => {
  assert.deepEqual(parse('--suite', 'files', '--pool-sizes', '16,1,4').poolSizes, [1, 4, 16]);
  assert.equal(parse().poolSizes, null);
});

test('bad --pool-sizes, --pool-sizes without the suite, --tasks past the files: one message each', () => {
  const cases: Array<[string[], RegExp]> = [
    [['--suite', 'files', '--pool-sizes', '0'], /--pool-sizes must be an integer from 1 to 1024 \(got '0'\)$/],
    [['--suite', 'files', '--pool-sizes', '4,x'], /--pool-sizes must be an integer from 1 to 1024 \(got 'x'\)$/],
    [['--suite', 'files', '--pool-sizes', '4,4'], /--pool-sizes must not repeat a size/],
    [['--suite', 'files', '--pool-sizes', '1,2,3,4,5,6,7,8,9'], /--pool-sizes takes at most 8 sizes/],
    [['--suite', 'io', '--pool-sizes', '4'], /--pool-sizes goes with the files suite/],
    [['--suite', 'files', '--tasks', '5000'], /--tasks with the files suite must be an integer from 1 to 4096/],
  ];
  for (const [argv, message] of cases) assert.throws(() => parse(...argv), message, argv.join(' '));
  assert.equal(parse('--suite', 'io', '--tasks', '5000').tasks, 5000, 'other suites keep their range');
});

test('the command: exit 2 and one line', () => {
  const main = fileURLToPath(new URL('../../bench/main.js', import.meta.url));
  const out = spawnSync(process.execPath, [main, '--suite', 'files', '--pool-sizes', '0,4'], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(out.status, 2, out.stderr);
  assert.equal(out.stderr.trim().split('\n').length, 1, out.stderr);
  assert.match(out.stderr, /--pool-sizes must be an integer from 1 to 1024/);
});
