// The testbed key comes from the OS, arch, CPU model, cores and Node major of a context, and nothing
// else; the label is --label or the key; a file written before the testbed was recorded gets the same
// key from its context.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuSlug, newTestbed, testbedKey, testbedOf } from '../../src/results/testbed.js';
import { context } from '../compare/fixtures.js';

test('the key names the OS, arch, CPU model, cores and Node major', () => {
  assert.equal(testbedKey(context()), 'linux-x64-test-2c-node20');
  const xeon = context({ cpu: { model: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', cores: 4, speedMHz: 2800 }, node: 'v24.21.0' });
  assert.equal(testbedKey(xeon), 'linux-x64-intel-xeon-platinum-8370c-4c-node24');
  const mac = context({ os: { platform: 'darwin', release: '24.1', arch: 'arm64' }, cpu: { model: 'Apple M1 (Virtual)', cores: 3, speedMHz: null } });
  assert.equal(testbedKey(mac), 'darwin-arm64-apple-m1-virtual-3c-node20');
});

test('what does not decide the figures leaves the key alone: Node minor, OS release, speed, date, commit', () => {
  const a = context();
  const b = context({
    node: 'v20.11.0',
    os: { platform: 'linux', release: '5.15', arch: 'x64' },
    cpu: { model: 'Test CPU @ 2.0GHz', cores: 2, speedMHz: 3100 },
    startedAt: '2026-01-01T00:00:00.000Z',
    git: null,
  });
  assert.equal(testbedKey(a), testbedKey(b));
});

test('each part that decides the figures changes the key', () => {
  const base = testbedKey(context());
  for (const other of [
    context({ cpu: { model: 'Other CPU', cores: 2, speedMHz: 2000 } }),
    context({ cpu: { model: 'Test CPU @ 2.0GHz', cores: 1, speedMHz: 2000 } }),
    context({ node: 'v22.1.0' }),
    context({ os: { platform: 'darwin', release: '6.1', arch: 'x64' } }),
    context({ os: { platform: 'linux', release: '6.1', arch: 'arm64' } }),
  ]) {
    assert.notEqual(testbedKey(other), base);
  }
});

test('the CPU slug drops vendor marks and the frequency, and never comes out empty', () => {
  assert.equal(cpuSlug('AMD EPYC 7763 64-Core Processor'), 'amd-epyc-7763-64-core');
  assert.equal(cpuSlug('AMD EPYC'), 'amd-epyc');
  assert.equal(cpuSlug('  '), 'unknown-cpu');
});

test('the label is --label, or the key; an old file without a testbed derives it from its context', () => {
  assert.deepEqual(newTestbed(context()), { key: 'linux-x64-test-2c-node20', label: 'linux-x64-test-2c-node20' });
  assert.deepEqual(newTestbed(context(), 'ci-small'), { key: 'linux-x64-test-2c-node20', label: 'ci-small' });
  assert.deepEqual(testbedOf(context()), { key: 'linux-x64-test-2c-node20', label: 'linux-x64-test-2c-node20' });
  assert.deepEqual(testbedOf(context({ testbed: { key: 'k', label: 'mine' } })), { key: 'k', label: 'mine' });
});
