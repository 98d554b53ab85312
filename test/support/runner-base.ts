/** The suite-context base runner tests hand to runSuites(): no servers (a dead port), 2 cores, one run unless asked. */
import type { RunnerOptions } from '../../src/measure/runner.js';

export function fakeBase(signal: AbortSignal = new AbortController().signal, runs = 1): RunnerOptions['base'] {
  return {
    preset: 'quick',
    // The runner reads only `runs`; suites under test read nothing else of the options.
    options: { runs } as never,
    cores: 2,
    itersPerMs: 1,
    servers: { ioUrl: 'http://127.0.0.1:1', cpuUrl: 'http://127.0.0.1:1', target: null },
    signal,
  };
}
