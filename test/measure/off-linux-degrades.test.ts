// Off Linux the Linux-only figures degrade instead of failing, with one line: the cores are the
// host's (no affinity, no quota), and the note names what is left out; on Linux there is no note.
// Only Linux runs here, so the platform is injected.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readProcessCpus } from '../../src/measure/cores.js';
import { linuxOnlyNote } from '../../src/measure/platform.js';
import { killGroup } from '../../src/refs/runner.js';

test('macOS and Windows: the host\'s cores, no affinity or quota read, not even a file opened', () => {
  for (const platform of ['darwin', 'win32'] as const) {
    const opened: string[] = [];
    const cpus = readProcessCpus({ platform, hostCores: 8, readFile: (p) => (opened.push(p), null) });
    assert.deepEqual(cpus, { cores: 8, allowed: null, cpuSet: null, quotaCores: null, hostCores: 8 });
    assert.deepEqual(opened, []);
  }
});

test('Linux without a readable /proc: the host\'s cores, never a crash', () => {
  const cpus = readProcessCpus({ platform: 'linux', hostCores: 4, readFile: () => null });
  assert.deepEqual(cpus, { cores: 4, allowed: null, cpuSet: null, quotaCores: null, hostCores: 4 });
});

test('one line off Linux naming what is left out; none on Linux', () => {
  assert.equal(linuxOnlyNote('linux'), null);
  const note = linuxOnlyNote('darwin') ?? '';
  assert.equal(note.split('\n').length, 1);
  assert.match(note, /^on darwin the Linux-only figures are left out: cores are the host's .*run-queue wait is unknown/);
});

test('a process group is signalled where there are groups; on Windows the child itself, and a gone one never throws', () => {
  const sent: Array<[number, string]> = [];
  const kill = (pid: number, signal: NodeJS.Signals) => void sent.push([pid, signal]);
  killGroup(4242, 'SIGTERM', 'linux', kill);
  killGroup(4242, 'SIGTERM', 'darwin', kill);
  killGroup(4242, 'SIGKILL', 'win32', kill);
  assert.deepEqual(sent, [
    [-4242, 'SIGTERM'],
    [-4242, 'SIGTERM'],
    [4242, 'SIGKILL'],
  ]);
  assert.doesNotThrow(() =>
    killGroup(4242, 'SIGTERM', 'linux', () => {
      throw Object.assign(new Error('kill ESRCH'), { code: 'ESRCH' });
    }),
  );
});
