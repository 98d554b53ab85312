/** A task executor on a FakeClock for strategy tests: `io` tasks whose url is `fake://<ms>[/fail]`. */
import type { FakeClock } from './fake-clock.js';
import type { Execute, TaskSpec } from '../../src/workloads/task.js';

export interface FakeExecutor {
  execute: Execute;
  /** Most tasks in flight at once. */
  maxInFlight: () => number;
  /** Task ids in the order they started / finished. */
  started: string[];
  finished: string[];
}

export function fakeTask(id: string, ms: number, fail = false): TaskSpec {
  return { kind: 'io', url: `fake://${ms}/${id}${fail ? '/fail' : ''}` };
}

export function fakeExecutor(clock: FakeClock): FakeExecutor {
  let inFlight = 0;
  let max = 0;
  const started: string[] = [];
  const finished: string[] = [];
  const execute: Execute = async (task) => {
    if (task.kind !== 'io') throw new Error('fake executor runs io tasks only');
    const [, ms, id, fail] = /^fake:\/\/(\d+)\/([^/]+)(\/fail)?$/.exec(task.url) ?? [];
    started.push(String(id));
    inFlight++;
    max = Math.max(max, inFlight);
    try {
      await clock.sleep(Number(ms));
      if (fail) throw new Error(`task ${id} failed`);
    } finally {
      inFlight--;
      finished.push(String(id));
    }
  };
  return { execute, maxInFlight: () => max, started, finished };
}
