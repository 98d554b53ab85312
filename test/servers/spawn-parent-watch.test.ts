import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { test } from 'node:test';

const SPAWN_URL = new URL('../../servers/spawn.js', import.meta.url).href;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('the server process exits when the harness that spawned it is SIGKILLed', async () => {
  // A stand-in harness: starts the servers, prints their pid, then idles until killed.
  const script = `
    import { startServersProcess } from ${JSON.stringify(SPAWN_URL)};
    const servers = await startServersProcess({ only: 'io' });
    console.log(servers.pid);
    setInterval(() => {}, 1000);
  `;
  const harness = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const reader = createInterface({ input: harness.stdout });
  let serverPid = 0;
  for await (const line of reader) {
    serverPid = Number(line);
    break;
  }
  assert.ok(serverPid > 0 && alive(serverPid));
  harness.kill('SIGKILL');
  await once(harness, 'exit');
  // Bounded wait (not a timing assertion): poll until the orphan is gone.
  const deadline = Date.now() + 10_000;
  while (alive(serverPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.equal(alive(serverPid), false, `server process ${serverPid} outlived its parent`);
});
