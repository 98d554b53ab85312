/**
 * How many cores other processes kept busy while a measurement ran: the machine's busy CPU time
 * (all cores, from os.cpus()) minus this process's own (all its threads, process.cpuUsage()), over
 * the wall time. On a 2-core machine one busy neighbour halves what a 2-thread pool can get, while
 * a single-threaded strategy does not notice it, so this figure is what tells a real pool result
 * from a crowded machine. When a result counts as crowded is the results' rule: src/results/crowding.ts.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';

function machineBusyMs(): number {
  let busy = 0;
  for (const cpu of os.cpus()) busy += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq;
  return busy;
}

interface LoadProbe {
  /** Average cores used by other processes since the probe started (0 when it cannot tell). */
  stop(): number;
}

export function startLoadProbe(): LoadProbe {
  const wall0 = performance.now();
  const machine0 = machineBusyMs();
  const own0 = process.cpuUsage();
  return {
    stop() {
      const wall = performance.now() - wall0;
      const machine = machineBusyMs() - machine0;
      const ownUs = process.cpuUsage(own0);
      const own = (ownUs.user + ownUs.system) / 1000;
      // os.cpus() ticks are coarse (10 ms): below ~200 ms of wall time the figure is noise.
      if (wall < 200) return 0;
      return Math.max(0, (machine - own) / wall);
    },
  };
}
