import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateTarget } from '../../src/cli/validate.js';
import { InvalidOptionError } from '../../src/errors.js';

test('--target on loopback is accepted as given', () => {
  assert.equal(validateTarget('http://127.0.0.1:8080/api?x=1', false), 'http://127.0.0.1:8080/api?x=1');
  assert.equal(validateTarget('http://localhost:3000/', false), 'http://localhost:3000/');
  assert.equal(validateTarget('http://[::1]:3000/', false), 'http://[::1]:3000/');
  assert.equal(validateTarget('http://127.8.9.10/', false), 'http://127.8.9.10/');
});

test('--target on another host needs --allow-remote, and the message says so', () => {
  assert.throws(() => validateTarget('https://api.example.com/v1', false), (e: unknown) => {
    return e instanceof InvalidOptionError && /--target api\.example\.com is not on this machine: add --allow-remote/.test(e.message);
  });
  assert.equal(validateTarget('https://api.example.com/v1', true), 'https://api.example.com/v1');
});

test('--target must be an http(s) URL', () => {
  for (const bad of ['not a url', 'ftp://127.0.0.1/', 'file:///etc/passwd']) {
    assert.throws(() => validateTarget(bad, true), /--target must be an http:\/\/ or https:\/\/ URL/);
  }
});
