// --python: a path that is no executable file, or --python without the python suite, is one line
// and exit 2 at the edge; a bare name is left for PATH; --target drops the python suite unless asked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBenchArgs } from '../../src/cli/bench-options.js';
import { InvalidOptionError } from '../../src/errors.js';

const suites = ['io', 'cpu', 'python', 'target'];
const parse = (...argv: string[]) => {
  const parsed = parseBenchArgs(argv, suites, 2);
  if (parsed.help) throw new Error('help');
  return parsed.options;
};

test('--python PATH must be an executable file', () => {
  assert.throws(() => parse('--python', '/nonexistent/python3'), new InvalidOptionError('--python /nonexistent/python3: no executable file there'));
  assert.throws(() => parse('--python', '/tmp'), /--python \/tmp: no executable file there/, 'a folder');
  assert.throws(() => parse('--python', ''), /--python must be an interpreter/);
});

test('a bare name is looked up when the suite runs; /bin/sh passes the edge', () => {
  assert.equal(parse('--python', 'python3.11').python, 'python3.11');
  assert.equal(parse('--python', '/bin/sh').python, '/bin/sh');
  assert.equal(parse().python, null);
});

test('--python without the python suite is refused', () => {
  assert.throws(() => parse('--suite', 'io', '--python', 'python3'), /--python goes with the python suite/);
});

test('--target leaves the python suite out unless --suite asks for it', () => {
  assert.ok(!parse('--target', 'http://127.0.0.1:9/x').suites.includes('python'));
  assert.ok(parse('--target', 'http://127.0.0.1:9/x', '--suite', 'io,python').suites.includes('python'));
});
