// --label: the testbed's human name, trimmed, 1 to 64 printable characters; none by default (the
// testbed key is the label then); in --help.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benchHelp, parseBenchArgs } from '../../src/cli/bench-options.js';
import { InvalidOptionError } from '../../src/errors.js';

const SUITES = ['io'];

test('--label NAME is kept (trimmed); without it the label is null (the key is used)', () => {
  const none = parseBenchArgs([], SUITES);
  const named = parseBenchArgs(['--label', ' ubuntu-24.04 arm64 '], SUITES);
  assert.equal(none.help === false && none.options.label, null);
  assert.equal(named.help === false && named.options.label, 'ubuntu-24.04 arm64');
  assert.match(benchHelp(SUITES), /--label NAME {9}this machine's name in merged reports/);
});

for (const raw of ['', '   ', 'x'.repeat(65), 'two\nlines']) {
  test(`--label ${JSON.stringify(raw).slice(0, 20)} -> InvalidOptionError naming the option`, () => {
    assert.throws(
      () => parseBenchArgs([`--label=${raw}`], SUITES),
      (error: unknown) => error instanceof InvalidOptionError && /^--label must be 1 to 64 printable characters/.test(error.message),
    );
  });
}
