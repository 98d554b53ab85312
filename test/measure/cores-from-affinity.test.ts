// Cores as the process sees them: an injected affinity of 1 CPU on a 2-CPU host makes a 1-core
// machine of every figure: the cores, the default worker count, the worker pool's ideal, and the
// free capacity (a neighbour on the CPU it may not use takes nothing from it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBenchArgs } from '../../src/cli/bench-options.js';
import { capacityOf } from '../../src/measure/capacity.js';
import { type CpuSources, onCpusOf, readProcessCpus } from '../../src/measure/cores.js';
import { collectContext } from '../../src/measure/context.js';
import { busyMsOfStat } from '../../src/measure/cpu-usage.js';
import { idealTime } from '../../src/model/ideal.js';

/** A Linux host of 2 CPUs whose /proc says this process may run on CPU 0 only. */
const pinned: CpuSources = {
  platform: 'linux',
  hostCores: 2,
  readFile: (path) =>
    ({
      '/proc/self/status': 'Name:\tnode\nCpus_allowed:\t1\nCpus_allowed_list:\t0\nMems_allowed_list:\t0\n',
      '/proc/self/cgroup': '0::/\n',
    })[path] ?? null,
};

test('an affinity of 1 CPU is 1 core, whatever the host has', () => {
  const cpus = readProcessCpus(pinned);
  assert.deepEqual(cpus, { cores: 1, allowed: [0], cpuSet: '0', quotaCores: null, hostCores: 2 });
  assert.equal(onCpusOf(cpus), 1);
});

test('the context, the default worker count and the ideal count that one core', () => {
  const cpus = readProcessCpus(pinned);
  const context = collectContext('quick', {}, { cpus });
  assert.equal(context.cpu.cores, 1);
  assert.equal(context.cpu.hostCores, 2);
  assert.equal(context.cpu.cpuSet, '0');
  assert.match(context.testbed?.key ?? '', /-1c-node\d+$/);
  const parsed = parseBenchArgs([], ['io', 'cpu'], cpus.cores);
  assert.ok(!parsed.help);
  assert.equal(parsed.options.workers, 1);
  // A pool of 2 threads on 1 core: its CPU work runs one task at a time, as sequential's does.
  const model = { tasks: 8, delayMs: 0, cpuMs: 10, concurrency: 8, workers: 2, cores: context.cpu.cores };
  assert.equal(idealTime({ ...model, workload: 'cpu', strategy: 'worker-pool' }).ms, idealTime({ ...model, workload: 'cpu', strategy: 'sequential' }).ms);
});

test('busy time is read over the allowed CPUs only: a neighbour on CPU 1 leaves the 1 core free', () => {
  // CPU 1 goes from idle to 1000 ticks busy (10 s) while CPU 0 stays idle; this process used nothing.
  const before = 'cpu  0 0 0 0 0 0 0 0 0 0\ncpu0 100 0 50 900 0 0 0 0 0 0\ncpu1 100 0 50 900 0 0 0 0 0 0\n';
  const after = 'cpu  0 0 0 0 0 0 0 0 0 0\ncpu0 100 0 50 1900 0 0 0 0 0 0\ncpu1 1100 0 50 900 0 0 0 0 0 0\n';
  const reading = (stat: string, at: number, allowed: readonly number[] | null) => ({
    at,
    machineMs: busyMsOfStat(stat, allowed) ?? Number.NaN,
    ownMs: 0,
    childrenMs: 0,
    waitMs: 0,
  });
  const pinnedPair = [reading(before, 0, [0]), reading(after, 10_000, [0])] as const;
  const pinnedCapacity = capacityOf(1, pinnedPair, pinnedPair, 500);
  assert.equal(pinnedCapacity.otherCpu, 0);
  assert.equal(pinnedCapacity.freeCores, 1);
  // Unpinned, the same neighbour holds one of the two cores.
  const hostPair = [reading(before, 0, null), reading(after, 10_000, null)] as const;
  const hostCapacity = capacityOf(2, hostPair, hostPair, 500);
  assert.equal(hostCapacity.otherCpu, 1);
  assert.equal(hostCapacity.freeCores, 1);
});
