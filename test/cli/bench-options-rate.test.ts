import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchHelp, parseBenchArgs } from '../../src/cli/bench-options.js';
import { InvalidOptionError } from '../../src/errors.js';

const SUITES = ['io', 'load'];

test('--rate: null by default (closed model only), an integer when given', () => {
  const none = parseBenchArgs([], SUITES);
  const given = parseBenchArgs(['--rate', '250'], SUITES);
  assert.equal(none.help === false && none.options.rate, null);
  assert.equal(given.help === false && given.options.rate, 250);
  assert.match(benchHelp(SUITES), /--rate R {13}load suite: also run each target in the open model/);
});

for (const raw of ['0', '-5', '2.5', 'fast', '100001']) {
  test(`--rate ${raw} -> InvalidOptionError naming the option and its range`, () => {
    assert.throws(
      () => parseBenchArgs([`--rate=${raw}`], SUITES),
      (error: unknown) => error instanceof InvalidOptionError && /^--rate must be an integer from 1 to 100000/.test(error.message),
    );
  });
}
