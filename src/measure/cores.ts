/**
 * The cores this process can use, not the host's: `taskset -c 0` on a 2-core machine, or a container
 * with a CPU set or a CPU quota, leaves fewer than os.cpus() lists. Everything that counts cores
 * (the worker default, the ideals, the free-capacity figures, the claims) reads `cores` from here, so
 * a run under `taskset -c 0` is a 1-core machine in every figure and verdict.
 *
 * - The CPUs it may run on: Linux `Cpus_allowed_list` in /proc/self/status (the affinity
 *   `taskset` and a cpuset set). Elsewhere unknown: every CPU of the host.
 * - A cgroup CPU quota: cgroup v2 `cpu.max` (`150000 100000` = 1.5 cores; `max` = none) along the
 *   process's cgroup path up to the root, the smallest; cgroup v1 `cpu.cfs_quota_us` /
 *   `cpu.cfs_period_us` (-1 = none). A quota is CPU time, not CPUs: 1.5 cores of quota run 2 threads
 *   at 75% each, so the usable whole cores are its floor, at least 1.
 *
 * Node's own os.availableParallelism() is not enough: it reads the affinity, but in a cgroup v1
 * quota of 1.5 cores on the 2-core machine it said 2 on Node 20, 22 and 24 alike (libuv's quota
 * support differs by version and cgroup kind), and a figure that changed with the Node line would
 * flip verdicts between lines.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface ProcessCpus {
  /** Whole cores this process can use: min(CPUs it may run on, floor(quota)), at least 1. */
  cores: number;
  /** Ids of the CPUs it may run on, or null when unknown (then every CPU of the host). */
  allowed: readonly number[] | null;
  /** `Cpus_allowed_list` as the kernel wrote it (`0-1`), or null when unknown. */
  cpuSet: string | null;
  /** The cgroup CPU quota in cores, or null when none is set or it cannot be read. */
  quotaCores: number | null;
  /** The host's CPUs (os.cpus().length). */
  hostCores: number;
}

/** What the cores are read from: injected in tests (another platform, an affinity of 1 CPU). */
export interface CpuSources {
  platform: NodeJS.Platform;
  /** A file's text, or null when it cannot be read. */
  readFile(path: string): string | null;
  hostCores: number;
}

const realSources = (): CpuSources => ({
  platform: process.platform,
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
  hostCores: Math.max(1, os.cpus().length),
});

/** `0-3,6,8-9` -> [0, 1, 2, 3, 6, 8, 9]; null when it does not parse. */
export function parseCpuList(list: string): number[] | null {
  const ids = new Set<number>();
  for (const part of list.trim().split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (to < from || to - from > 65536) return null;
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return ids.size > 0 ? [...ids].sort((a, b) => a - b) : null;
}

/** cgroup v2 `cpu.max` text -> cores, or null for `max` or text that does not parse. */
function quotaV2(text: string): number | null {
  const [quota, period] = text.trim().split(/\s+/);
  const q = Number(quota);
  const p = Number(period ?? 100000);
  return quota !== 'max' && q > 0 && p > 0 ? q / p : null;
}

/** The smallest quota along the process's cgroup path (a parent's quota caps its children). */
function cgroupQuota(s: CpuSources): number | null {
  const cgroups = s.readFile('/proc/self/cgroup') ?? '';
  const quotas: number[] = [];
  // v2: the `0::/path` line; cpu.max in that folder and each parent's.
  const v2 = /^0::(\/.*)$/m.exec(cgroups)?.[1];
  if (v2 !== undefined) {
    let path = v2 === '/' ? '' : v2.replace(/\/+$/, '');
    for (;;) {
      const text = s.readFile(`/sys/fs/cgroup${path}/cpu.max`);
      const q = text === null ? null : quotaV2(text);
      if (q !== null) quotas.push(q);
      if (path === '') break;
      path = path.slice(0, path.lastIndexOf('/'));
    }
  }
  // v1: the line whose controllers include `cpu`, e.g. `4:cpu,cpuacct:/docker/abc`.
  const v1 = /^\d+:([^:]*\bcpu\b[^:]*):(\/.*)$/m.exec(cgroups);
  if (v1?.[1] !== undefined && v1[2] !== undefined) {
    for (const mount of [`/sys/fs/cgroup/${v1[1]}`, '/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpu']) {
      for (const path of v1[2] === '/' ? [''] : [v1[2].replace(/\/+$/, ''), '']) {
        const quota = Number(s.readFile(`${mount}${path}/cpu.cfs_quota_us`)?.trim() ?? Number.NaN);
        const period = Number(s.readFile(`${mount}${path}/cpu.cfs_period_us`)?.trim() ?? Number.NaN);
        if (quota > 0 && period > 0) quotas.push(quota / period);
      }
    }
  }
  return quotas.length > 0 ? Math.min(...quotas) : null;
}

/** The cores of this process from `sources` (the real machine by default). */
export function readProcessCpus(sources: CpuSources = realSources()): ProcessCpus {
  const hostCores = Math.max(1, sources.hostCores);
  if (sources.platform !== 'linux') return { cores: hostCores, allowed: null, cpuSet: null, quotaCores: null, hostCores };
  const status = sources.readFile('/proc/self/status') ?? '';
  const cpuSet = /^Cpus_allowed_list:\s*(\S+)\s*$/m.exec(status)?.[1] ?? null;
  const allowed = cpuSet === null ? null : parseCpuList(cpuSet);
  const quotaCores = cgroupQuota(sources);
  const onCpus = allowed?.length ?? hostCores;
  const cores = Math.max(1, Math.min(onCpus, quotaCores === null ? onCpus : Math.floor(quotaCores)));
  return { cores, allowed, cpuSet: allowed === null ? null : cpuSet, quotaCores: quotaCores === null ? null : Math.round(quotaCores * 1000) / 1000, hostCores };
}

let cached: ProcessCpus | undefined;

/** This process's cores, read once (a run's affinity and quota do not change under it). */
export function processCpus(): ProcessCpus {
  cached ??= readProcessCpus();
  return cached;
}

/** The CPUs the machine's busy time is read over: those it may run on, or (unknown) the host's. */
export function onCpusOf(cpus: ProcessCpus): number {
  return cpus.allowed?.length ?? cpus.hostCores;
}

/** Whole cores this process can use: the default worker count, and the cores every model and claim counts. */
export function availableCores(): number {
  return processCpus().cores;
}
