/**
 * A virtual clock for deterministic tests of strategies and the runner: time moves only when every
 * pending piece of work is waiting on a timer of this clock, and then jumps to the earliest one.
 */
import { setImmediate as tick } from 'node:timers/promises';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export class FakeClock {
  #now = 0;
  #seq = 0;
  #timers: Timer[] = [];

  /** The current virtual time in ms. */
  readonly now = (): number => this.#now;

  /** Moves time forward by `ms` at once (a mock strategy "spends" time this way). */
  advance(ms: number): void {
    this.#now += ms;
  }

  /** Resolves after `ms` of virtual time. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.#timers.push({ at: this.#now + ms, seq: this.#seq++, resolve });
    });
  }

  /**
   * Drives `work` to its end: lets everything runnable run, then fires the earliest timer, until
   * `work` settles. Rejects if `work` waits on nothing that can ever fire.
   */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const watched = work.finally(() => {
      settled = true;
    });
    watched.catch(() => {});
    for (;;) {
      await tick();
      if (settled) return work;
      this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.#timers.shift();
      if (!next) {
        await tick();
        if (settled) return work;
        throw new Error('FakeClock: the work waits on nothing that can fire');
      }
      this.#now = Math.max(this.#now, next.at);
      next.resolve();
    }
  }
}
