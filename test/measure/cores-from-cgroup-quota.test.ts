// A cgroup CPU quota caps the cores: v2 `cpu.max` along the cgroup path (the smallest wins), v1
// cfs_quota_us / cfs_period_us; a fractional quota rounds down to whole cores, never below 1; `max`
// and -1 mean none. Under a quota the free cores are min(cores, CPUs - other processes').
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capacityOf } from '../../src/measure/capacity.js';
import { type CpuSources, parseCpuList, readProcessCpus } from '../../src/measure/cores.js';

const linux = (files: Record<string, string>, hostCores = 8): CpuSources => ({
  platform: 'linux',
  hostCores,
  readFile: (path) => files[path] ?? null,
});
const status = (list: string) => `Cpus_allowed_list:\t${list}\n`;

test('cgroup v2: the smallest cpu.max on the path, floored to whole cores', () => {
  const cpus = readProcessCpus(
    linux({
      '/proc/self/status': status('0-7'),
      '/proc/self/cgroup': '0::/ci/job\n',
      '/sys/fs/cgroup/ci/job/cpu.max': '250000 100000\n',
      '/sys/fs/cgroup/ci/cpu.max': '150000 100000\n',
      '/sys/fs/cgroup/cpu.max': 'max 100000\n',
    }),
  );
  assert.equal(cpus.quotaCores, 1.5);
  assert.equal(cpus.cores, 1);
  assert.deepEqual(cpus.allowed, [0, 1, 2, 3, 4, 5, 6, 7]);
});

test('cgroup v1: cfs_quota_us / cfs_period_us; -1 is no quota', () => {
  const v1 = (quota: string) =>
    readProcessCpus(
      linux({
        '/proc/self/status': status('0-3'),
        '/proc/self/cgroup': '4:cpu,cpuacct:/docker/abc\n1:memory:/docker/abc\n',
        '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': `${quota}\n`,
        '/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
      }),
    );
  assert.deepEqual([v1('200000').cores, v1('200000').quotaCores], [2, 2]);
  assert.deepEqual([v1('-1').cores, v1('-1').quotaCores], [4, null]);
  assert.deepEqual([v1('50000').cores, v1('50000').quotaCores], [1, 0.5]);
});

test('the affinity and the quota together: the smaller', () => {
  const cpus = readProcessCpus(
    linux({ '/proc/self/status': status('2,5'), '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '400000 100000\n' }),
  );
  assert.deepEqual([cpus.cores, cpus.allowed, cpus.quotaCores], [2, [2, 5], 4]);
});

test('CPU lists as the kernel writes them; anything else is unknown', () => {
  assert.deepEqual(parseCpuList('0-3,6,8-9'), [0, 1, 2, 3, 6, 8, 9]);
  assert.deepEqual(parseCpuList('1'), [1]);
  assert.equal(parseCpuList('zero'), null);
  assert.equal(parseCpuList('3-1'), null);
  const unknown = readProcessCpus(linux({ '/proc/self/status': status('garbage') }, 4));
  assert.deepEqual([unknown.cores, unknown.allowed, unknown.cpuSet], [4, null, null]);
});

test('under a quota of 2 cores on 8 CPUs, a neighbour holding 3 of them leaves the 2 free', () => {
  const a = { at: 0, machineMs: 0, ownMs: 0, childrenMs: 0, waitMs: 0 };
  const b = { at: 1000, machineMs: 3000, ownMs: 0, childrenMs: 0, waitMs: 0 };
  assert.equal(capacityOf(2, [a, b], [a, b], 500, 8).freeCores, 2);
  // ...and one holding 7 of the 8 leaves 1.
  assert.equal(capacityOf(2, [a, { ...b, machineMs: 7000 }], [a, { ...b, machineMs: 7000 }], 500, 8).freeCores, 1);
});
