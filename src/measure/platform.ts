/**
 * What a run leaves out off Linux. Some figures read Linux-only interfaces: the CPUs this process may
 * run on and a cgroup CPU quota (src/measure/cores.ts), its servers' CPU time and its threads'
 * run-queue wait (/proc, src/measure/cpu-usage.ts). Elsewhere (macOS) each degrades instead of
 * failing: the cores are the host's, the servers count among the other processes, and the wait is
 * unknown, so a result measured beside a busy neighbour counts as crowded on CPU alone
 * (src/results/crowding.ts). The bench says so in one line at the start.
 */

/** The one line a run on `platform` prints before measuring, or null on Linux (nothing is left out). */
export function linuxOnlyNote(platform: NodeJS.Platform): string | null {
  if (platform === 'linux') return null;
  return (
    `on ${platform} the Linux-only figures are left out: cores are the host's (no affinity or cgroup quota), ` +
    "the servers' CPU time counts as other processes', and the run-queue wait is unknown (a busy result counts as crowded)"
  );
}

/**
 * Sends `signal` to the process group `pid` leads (POSIX: Linux, macOS). Windows has no process
 * groups to signal: the child alone is killed there (its own children may outlive it). Never throws:
 * a group already gone is the goal.
 */
export function killGroup(
  pid: number,
  signal: NodeJS.Signals,
  platform: NodeJS.Platform = process.platform,
  kill: (pid: number, signal: NodeJS.Signals) => void = process.kill,
): void {
  try {
    kill(platform === 'win32' ? pid : -pid, signal);
  } catch {
    /* already gone */
  }
}
