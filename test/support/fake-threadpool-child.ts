/**
 * A stand-in for bench/threadpool-child.js that does no work and behaves by UV_THREADPOOL_SIZE:
 * 2 says something on stderr and exits with code 7; 4 is killed by SIGKILL; 3 prints a line that
 * is not JSON and a report missing its figures, then exits 0; 99 reports one sample
 * whose `ms` is its own pid, then hangs (for the Ctrl-C test); any other size reports made-up
 * figures at once: 10 ms a batch, async-all 10/size ms.
 */
import { parseArgs } from 'node:util';

const size = process.env.UV_THREADPOOL_SIZE ?? '';
const { values } = parseArgs({ options: { calls: { type: 'string' }, iterations: { type: 'string' } }, strict: false });
const line = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

if (size === '2') {
  process.stderr.write('fake child: starting\nfake child: out of memory\n');
  process.exit(7);
} else if (size === '4') {
  process.stderr.write('fake child: about to be killed\n');
  process.kill(process.pid, 'SIGKILL');
} else if (size === '3') {
  line({ type: 'report', poolSize: size });
  process.stdout.write('hello from the child\n');
} else if (size === '99') {
  line({ type: 'sample', strategy: 'sync', index: 0, ms: process.pid });
  setInterval(() => {}, 1000);
} else {
  const timed = (ms: number) => ({ samples: [ms, ms, ms], eventLoopDelay: null });
  line({ type: 'sample', strategy: 'sync', index: 0, ms: 10 });
  line({
    type: 'report',
    poolSize: size,
    calls: Number(values.calls),
    iterations: Number(values.iterations),
    callMs: 1.25,
    otherCpu: 0,
    strategies: { sync: timed(10), 'async-serial': timed(10), 'async-all': timed(10 / Number(size)) },
  });
}
