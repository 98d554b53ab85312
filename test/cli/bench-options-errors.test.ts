import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBenchArgs } from '../../src/cli/bench-options.js';
import { InvalidOptionError } from '../../src/errors.js';

const SUITES = ['io', 'cpu', 'scaling'];

const bad: Array<[string[], RegExp]> = [
  [['--preset', 'fast'], /^--preset must be one of quick, standard, thorough \(got 'fast'\)$/],
  [['--tasks', '0'], /^--tasks must be an integer from 1 to 100000 \(got '0'\)$/],
  [['--tasks', '2.5'], /^--tasks must be an integer from 1 to 100000 \(got '2.5'\)$/],
  [['--delay=-1'], /^--delay must be an integer from 0 to 60000/],
  [['--cpu-ms', 'abc'], /^--cpu-ms must be an integer from 1 to 10000 \(got 'abc'\)$/],
  [['--workers', '0'], /^--workers must be an integer from 1 to 256/],
  [['--concurrency', ''], /^--concurrency must be an integer/],
  [['--suite', 'io,disk'], /^--suite accepts io, cpu, scaling \(got 'disk'\)$/],
  [['--strategies', 'parallel'], /^--strategies accepts sequential, concurrent, bounded, worker-pool, offload \(got 'parallel'\)$/],
  [['--frobnicate'], /Unknown option '--frobnicate'.*\(see --help\)$/],
  [['--allow-remote'], /^--allow-remote goes with --target URL$/],
  [['--out', ''], /^--out must be a folder path/],
  [['--runs', '0'], /^--runs must be an integer from 1 to 100 \(got '0'\)$/],
];

for (const [argv, message] of bad) {
  test(`bad option ${argv.join(' ')} -> InvalidOptionError naming it`, () => {
    assert.throws(
      () => parseBenchArgs(argv, SUITES),
      (error: unknown) => error instanceof InvalidOptionError && message.test(error.message) && error.exitCode === 2,
    );
  });
}

test('defaults: every suite and strategy, standard preset, k = 8, W = cores, preset sizes', () => {
  const parsed = parseBenchArgs([], SUITES);
  assert.equal(parsed.help, false);
  if (parsed.help) return;
  assert.deepEqual(parsed.options.suites, SUITES);
  assert.equal(parsed.options.preset, 'standard');
  assert.equal(parsed.options.concurrency, 8);
  assert.equal(parsed.options.runs, 1);
  assert.ok(parsed.options.workers >= 1);
  assert.deepEqual(parsed.options.strategies, ['sequential', 'concurrent', 'bounded', 'worker-pool', 'offload']);
  assert.equal(parsed.options.tasks, null);
});

test('--help wins', () => {
  assert.deepEqual(parseBenchArgs(['--help'], SUITES), { help: true });
});
