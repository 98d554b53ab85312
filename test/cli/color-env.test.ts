import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shouldColor, type ColorEnv } from '../../src/cli/color.js';

/** [environment, stdout is a TTY, colour expected] */
const CASES: Array<[ColorEnv, boolean, boolean]> = [
  [{}, true, true],
  [{}, false, false],
  [{ NO_COLOR: '1' }, true, false],
  [{ NO_COLOR: '' }, true, true],
  [{ TERM: 'dumb' }, true, false],
  [{ FORCE_COLOR: '1' }, false, true],
  [{ FORCE_COLOR: '' }, false, true],
  [{ FORCE_COLOR: '3' }, false, true],
  [{ FORCE_COLOR: 'true' }, false, true],
  [{ FORCE_COLOR: '0' }, true, false],
  [{ FORCE_COLOR: 'false' }, true, false],
  [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  [{ FORCE_COLOR: '1', TERM: 'dumb' }, false, true],
];

for (const [env, tty, expected] of CASES) {
  test(`colour ${expected ? 'on' : 'off'} for ${JSON.stringify(env)} on ${tty ? 'a TTY' : 'a pipe'}`, () => {
    assert.equal(shouldColor(env, tty), expected);
  });
}
