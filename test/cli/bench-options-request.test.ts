// The target's request options (--method, --header, --body, --timeout, --target repeated): each bad
// value is one InvalidOptionError (exit 2) naming the option, never echoing a header's value; the
// header names are recorded in the options, their values only in the request, which is not.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseBenchArgs } from '../../src/cli/bench-options.js';
import { InvalidOptionError } from '../../src/errors.js';

const SUITES = ['io', 'target'];
const T = ['--target', 'http://127.0.0.1:9/api'];
const dir = mkdtempSync(join(tmpdir(), 'asyncbench-request-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const bad: Array<[string[], RegExp]> = [
  [[...T, '--method', 'FETCH'], /^--method must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS \(got 'FETCH'\)$/],
  [[...T, '--header', 'NoColonHere'], /^--header must be 'Name: value'/],
  [[...T, '--header', 'Bad Name: x'], /^--header must be 'Name: value'.*\(got a header named 'Bad Name'\)$/],
  [[...T, '--header', 'X-Token: a\nb'], /^--header X-Token: the value must be one line/],
  [[...T, '--body', '@'], /^--body @FILE needs a file name after the @$/],
  [[...T, '--body', '@/no/such/file.json'], /^--body @\/no\/such\/file\.json: no such file$/],
  [[...T, '--method', 'HEAD', '--body', 'x'], /^--body cannot go with --method HEAD/],
  [[...T, '--timeout', '0'], /^--timeout must be an integer from 1 to 600000 \(got '0'\)$/],
  [[...T, '--timeout', 'soon'], /^--timeout must be an integer from 1 to 600000/],
  [[...T, '--max-requests', '0'], /^--max-requests must be an integer from 1 to 1000000 \(got '0'\)$/],
  [[...T, '--max-rate', 'fast'], /^--max-rate must be an integer from 1 to 100000 \(got 'fast'\)$/],
  [['--max-requests', '100'], /^--max-requests goes with --target URL/],
  [['--suite', 'target'], /^--suite target needs --target URL/],
  [['--method', 'POST'], /^--method goes with --target URL/],
  [['--header', 'A: b'], /^--header goes with --target URL/],
  [['--body', 'x'], /^--body goes with --target URL/],
  [['--timeout', '100'], /^--timeout goes with --target URL/],
  [[...T, '--target', 'https://api.example.com/x'], /^--target api\.example\.com is not on this machine: add --allow-remote/],
];

for (const [argv, message] of bad) {
  test(`bad request option ${JSON.stringify(argv.slice(2).join(' ')).slice(0, 60)} -> one line, exit 2`, () => {
    assert.throws(
      () => parseBenchArgs(argv, SUITES),
      (error: unknown) => error instanceof InvalidOptionError && message.test(error.message) && error.exitCode === 2 && !error.message.includes('\n'),
    );
  });
}

test('a bad header value is named by its header, never echoed', () => {
  assert.throws(
    () => parseBenchArgs([...T, '--header', 'Authorization: Bearer SECRET-77\rInjected: 1'], SUITES),
    (error: unknown) => error instanceof InvalidOptionError && !error.message.includes('SECRET-77'),
  );
});

test('names recorded, values only in the request; a body makes a POST; targets kept in order', () => {
  writeFileSync(join(dir, 'body.json'), '{"user":1}');
  const parsed = parseBenchArgs(
    [...T, '--target', 'http://localhost:9/other', '--header', 'Authorization: Bearer SECRET-1', '--header', 'x-trace:  on ', '--body', `@${join(dir, 'body.json')}`, '--timeout', '2500'],
    SUITES,
  );
  assert.ok(!parsed.help);
  assert.deepEqual(parsed.options.target, ['http://127.0.0.1:9/api', 'http://localhost:9/other']);
  assert.deepEqual(parsed.options.headerNames, ['Authorization', 'x-trace']);
  assert.equal(parsed.options.bodyBytes, 10);
  assert.equal(parsed.options.method, 'POST');
  assert.equal(parsed.options.timeoutMs, 2500);
  assert.ok(!JSON.stringify(parsed.options).includes('SECRET-1'));
  assert.deepEqual(parsed.request, {
    method: 'POST',
    headers: [
      ['Authorization', 'Bearer SECRET-1'],
      ['x-trace', 'on'],
    ],
    body: '{"user":1}',
    timeoutMs: 2500,
  });
});

test('without --target there is no request and no method; with it, GET by default, any case accepted', () => {
  const none = parseBenchArgs([], SUITES);
  assert.ok(!none.help);
  assert.equal(none.request, null);
  assert.equal(none.options.method, null);
  const get = parseBenchArgs(T, SUITES);
  assert.ok(!get.help);
  assert.equal(get.request?.method, 'GET');
  const put = parseBenchArgs([...T, '--method', 'put', '--body', 'x'], SUITES);
  assert.ok(!put.help);
  assert.equal(put.request?.method, 'PUT');
});
