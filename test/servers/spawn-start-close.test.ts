import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startIoServer } from '../../servers/io-server.js';
import { waitForHealth } from '../../servers/ready.js';
import { startServersProcess } from '../../servers/spawn.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('starts both servers in a child process; close() ends it with exit code 0', async () => {
  const servers = await startServersProcess({ threads: 1 });
  assert.notEqual(servers.pid, process.pid);
  assert.ok(servers.io !== null && servers.cpu !== null);
  await waitForHealth(servers.io.url, 2000);
  await waitForHealth(servers.cpu.url, 2000);
  await servers.close();
  assert.deepEqual(await servers.exited, { code: 0, signal: null });
  assert.equal(alive(servers.pid), false);
  await servers.close(); // idempotent
});

test('--only io starts the I/O server alone', async () => {
  const servers = await startServersProcess({ only: 'io' });
  try {
    assert.equal(servers.cpu, null);
    assert.match(servers.io?.url ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
  } finally {
    await servers.close();
  }
});

test('a port in use rejects with ASYNCBENCH_ERR_SERVER_START and the reason on one line', async () => {
  const busy = await startIoServer();
  try {
    const error = await startServersProcess({ only: 'io', ioPort: busy.port }).then(
      () => assert.fail('started on a port in use'),
      (e: unknown) => e as Error & { code?: string },
    );
    assert.equal(error.code, 'ASYNCBENCH_ERR_SERVER_START');
    assert.match(error.message, /EADDRINUSE/);
    assert.doesNotMatch(error.message, /\n/);
  } finally {
    await busy.close();
  }
});

test('a start that is too slow rejects with ASYNCBENCH_ERR_SERVER_START', async () => {
  await assert.rejects(startServersProcess({ startTimeoutMs: 1 }), {
    code: 'ASYNCBENCH_ERR_SERVER_START',
    message: /not ready within 1 ms/,
  });
});

test('bad options reject before spawning', async () => {
  await assert.rejects(startServersProcess({ threads: 0 }), {
    code: 'ASYNCBENCH_ERR_SERVER_START',
    message: 'options.threads must be an integer from 1 to 256 (got 0)',
  });
});
