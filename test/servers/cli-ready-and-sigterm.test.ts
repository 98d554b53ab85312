import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { waitForHealth } from '../../servers/ready.js';

const MAIN = fileURLToPath(new URL('../../servers/main.js', import.meta.url));

/** Starts main.js and returns it with its first `count` stdout lines. */
async function start(args: readonly string[], count: number) {
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const reader = createInterface({ input: child.stdout });
  for await (const line of reader) {
    lines.push(line);
    if (lines.length === count) break;
  }
  return { child, lines };
}

test('prints one line per server, and exits 0 on SIGTERM', async () => {
  const { child, lines } = await start(['--io-port', '0', '--cpu-port', '0', '--threads', '1'], 2);
  assert.match(lines[0] ?? '', /^io {3}http:\/\/127\.0\.0\.1:\d+$/);
  assert.match(lines[1] ?? '', /^cpu {2}http:\/\/127\.0\.0\.1:\d+ {2}\(1 thread\)$/);
  await waitForHealth((lines[0] ?? '').slice(5), 5000);
  child.kill('SIGTERM');
  const [code, signal] = await once(child, 'exit');
  assert.deepEqual([code, signal], [0, null]);
});

test('--json prints one parseable line; SIGINT exits 0', async () => {
  const { child, lines } = await start(['--json', '--only', 'io', '--io-port', '0'], 1);
  const ready = JSON.parse(lines[0] ?? '') as { io: string; cpu: null; pid: number };
  assert.match(ready.io, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(ready.cpu, null);
  assert.equal(ready.pid, child.pid);
  await waitForHealth(ready.io, 5000);
  child.kill('SIGINT');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
});
