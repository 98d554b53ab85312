import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchHelp, parseBenchArgs } from '../../src/cli/bench-options.js';
import { InvalidOptionError } from '../../src/errors.js';

const SUITES = ['io'];

test('--wait-for-idle: 30 s by default, 0 to start at once, stated in --help', () => {
  const none = parseBenchArgs([], SUITES);
  const zero = parseBenchArgs(['--wait-for-idle', '0'], SUITES);
  assert.equal(none.help === false && none.options.waitForIdleS, 30);
  assert.equal(zero.help === false && zero.options.waitForIdleS, 0);
  assert.match(benchHelp(SUITES), /--wait-for-idle S {4}before measuring, wait up to S seconds/);
  assert.match(benchHelp(SUITES), /\(default:\s+30\)/);
});

for (const raw of ['-1', '2.5', 'soon', '3601']) {
  test(`--wait-for-idle ${raw} -> InvalidOptionError naming the option and its range`, () => {
    assert.throws(
      () => parseBenchArgs([`--wait-for-idle=${raw}`], SUITES),
      (error: unknown) => error instanceof InvalidOptionError && /^--wait-for-idle must be an integer from 0 to 3600/.test(error.message),
    );
  });
}
