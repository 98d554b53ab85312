/** The run's context for results.json: what ran where (after mitata's run context). */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { gitOrNull } from '../git.js';
import type { RunContext } from '../results/schema.js';
import { newTestbed } from '../results/testbed.js';
import { type ProcessCpus, processCpus } from './cores.js';

/** A git probe must not hold up a run (a locked index, a slow network file system): 5 s, then no commit. */
const GIT_TIMEOUT_MS = 5000;

/** The version in package.json (`0.0.0` when it cannot be read): what `--version` prints and results.json records. */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** What a context is collected with besides the preset and options. */
export interface ContextOptions {
  /** Where git is asked for the commit. @default process.cwd() */
  cwd?: string;
  /** `--label`: the testbed's human name. @default the testbed key */
  label?: string;
  /** The cores this process can use. @default processCpus() */
  cpus?: ProcessCpus;
}

/** Collects the context of a new run. */
export function collectContext(preset: string, options: Record<string, unknown>, extra: ContextOptions = {}): RunContext {
  const cwd = extra.cwd ?? process.cwd();
  const available = extra.cpus ?? processCpus();
  const cpus = os.cpus();
  const commit = gitOrNull(['rev-parse', 'HEAD'], cwd, { timeoutMs: GIT_TIMEOUT_MS });
  const machine = {
    node: process.version,
    os: { platform: process.platform, release: os.release(), arch: process.arch },
    cpu: {
      model: cpus[0]?.model.trim() ?? 'unknown',
      cores: available.cores,
      speedMHz: cpus[0]?.speed || null,
      hostCores: available.hostCores,
      cpuSet: available.cpuSet,
      quotaCores: available.quotaCores,
    },
  };
  return {
    tool: { name: 'asyncbench', version: toolVersion() },
    node: machine.node,
    v8: process.versions.v8,
    os: machine.os,
    cpu: machine.cpu,
    testbed: newTestbed(machine, extra.label),
    memoryBytes: os.totalmem(),
    git: commit ? { commit, dirty: (gitOrNull(['status', '--porcelain', '--untracked-files=no'], cwd, { timeoutMs: GIT_TIMEOUT_MS }) ?? '') !== '' } : null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    preset,
    options,
  };
}
