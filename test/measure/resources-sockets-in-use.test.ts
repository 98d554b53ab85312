// The resource monitor counts the client's sockets carrying a call at once (from undici's
// diagnostics channels) and the process's peak RSS, against a real I/O server on port 0: calls
// fired together are in flight together; calls made one by one use one socket at a time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startResourceMonitor } from '../../src/measure/resources.js';
import { runIoTask } from '../../src/workloads/io.js';
import { useIoServer } from '../servers/io-fixture.js';

const { agent, url } = useIoServer();
const delayUrl = (ms: number) => `${url()}/delay?ms=${ms}`;

test('40 calls fired at once are 40 sockets in use at the peak; one after another, one', async () => {
  // Warm: the sockets are open before the window, as after the suite's warm-up.
  await Promise.all(Array.from({ length: 40 }, () => runIoTask(delayUrl(0), agent)));

  const together = startResourceMonitor();
  await Promise.all(Array.from({ length: 40 }, () => runIoTask(delayUrl(50), agent)));
  const t = together.stop();
  // Every call is sent before the first answer (50 ms later) can be read: all 40 at once.
  assert.ok(t.socketsInUsePeak >= 36 && t.socketsInUsePeak <= 40, `peak ${t.socketsInUsePeak}`);

  const oneByOne = startResourceMonitor();
  for (let i = 0; i < 5; i++) await runIoTask(delayUrl(1), agent);
  assert.equal(oneByOne.stop().socketsInUsePeak, 1);
});

test('the peak RSS is of this process, and stop() is idempotent', () => {
  const monitor = startResourceMonitor();
  const first = monitor.stop();
  const rss = process.memoryUsage.rss();
  assert.ok(first.rssPeakBytes > rss / 2 && first.rssPeakBytes < rss * 4, `${first.rssPeakBytes} against ${rss}`);
  assert.deepEqual(monitor.stop(), first);
  assert.equal(first.socketsInUsePeak, 0);
});
