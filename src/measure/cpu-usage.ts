/**
 * One reading of where the machine's CPU time went: the machine's busy time (every CPU this process
 * may run on: Linux /proc/stat, elsewhere os.cpus()), this process's (all its threads,
 * process.cpuUsage()), the harness's child processes' (the servers; Linux /proc/<pid>/stat), and how long the threads of this process and its children
 * waited on a run queue for a core (Linux /proc/<pid>/task/<tid>/schedstat). Differences of two
 * readings give "other processes' cores" and "our threads were kept waiting" over a window
 * (src/measure/capacity.ts). Where /proc is missing (macOS) the children's time and the wait are
 * unknown: the children then count among the other processes, and the wait is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { processCpus } from './cores.js';

/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks (100 on every Linux ABI). */
const TICKS_PER_S = 100;

export interface CpuReading {
  /** performance.now() when read (ms). */
  at: number;
  /** Busy time of every core of the machine (ms): user + nice + sys + irq. */
  machineMs: number;
  /** This process's CPU time, all threads (ms). */
  ownMs: number;
  /** The children's CPU time (ms); null when it cannot be read here. */
  childrenMs: number | null;
  /** Run-queue wait of every thread of this process and the children (ms); null when unknown. */
  waitMs: number | null;
}

/**
 * Reads the CPU counters; `childPids` are the harness's own child processes (the servers). The
 * run-queue wait takes a file per thread (about 1 ms for two processes of 13 threads), so it is read
 * only when `withWait` (a window's start and end), not on the monitor's ticks: waitMs is then null.
 */
export type ReadCpu = (childPids: readonly number[], withWait: boolean) => CpuReading;

/**
 * Busy time (ms) of the CPUs `allowed` from Linux /proc/stat's `cpuN` lines (user + nice + system +
 * irq, in USER_HZ ticks, what os.cpus() sums); every CPU when `allowed` is null. Null when the text
 * has no line of an allowed CPU.
 */
export function busyMsOfStat(stat: string, allowed: readonly number[] | null): number | null {
  const want = allowed === null ? null : new Set(allowed);
  let busy = 0;
  let seen = 0;
  for (const m of stat.matchAll(/^cpu(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s+(\d+)/gm)) {
    if (want !== null && !want.has(Number(m[1]))) continue;
    busy += Number(m[2]) + Number(m[3]) + Number(m[4]) + Number(m[5]);
    seen++;
  }
  return seen > 0 ? (busy * 1000) / TICKS_PER_S : null;
}

/**
 * Busy time of the CPUs this process may run on (src/measure/cores.ts): a neighbour on a CPU it may
 * not use takes nothing from it. Linux reads /proc/stat; elsewhere the affinity is unknown and
 * os.cpus() gives every CPU of the host.
 */
function machineBusyMs(): number {
  if (process.platform === 'linux') {
    try {
      const busy = busyMsOfStat(readFileSync('/proc/stat', 'utf8'), processCpus().allowed);
      if (busy !== null) return busy;
    } catch {
      // No /proc (a sandbox): os.cpus() below.
    }
  }
  let busy = 0;
  for (const cpu of os.cpus()) busy += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq;
  return busy;
}

/** utime + stime of a process (ms), from /proc/<pid>/stat; null when unreadable. */
function procCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? ((utime + stime) * 1000) / TICKS_PER_S : null;
  } catch {
    return null;
  }
}

/** Run-queue wait of every thread of a process (ms), from schedstat's second field (ns); null when unreadable. */
function procWaitMs(pid: number | 'self'): number | null {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const wait = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]);
        if (Number.isFinite(wait)) ns += wait;
      } catch {
        // A thread that ended between the listing and the read: its time is gone either way.
      }
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}

/** The real counters of this machine. */
export const readCpu: ReadCpu = (childPids, withWait) => {
  const at = performance.now();
  const own = process.cpuUsage();
  let childrenMs: number | null = 0;
  let waitMs: number | null = withWait ? procWaitMs('self') : null;
  for (const pid of childPids) {
    const cpu = procCpuMs(pid);
    childrenMs = cpu === null || childrenMs === null ? null : childrenMs + cpu;
    if (withWait) {
      const wait = procWaitMs(pid);
      waitMs = wait === null || waitMs === null ? null : waitMs + wait;
    }
  }
  return { at, machineMs: machineBusyMs(), ownMs: (own.user + own.system) / 1000, childrenMs, waitMs };
};
