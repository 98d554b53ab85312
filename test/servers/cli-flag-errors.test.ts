import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../servers/main.js', import.meta.url));
const ACCEPTED = '--host, --io-port, --cpu-port, --threads, --only, --json, --parent-watch, --help';

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [MAIN, ...args], { timeout: 10_000 }, (_error, stdout, stderr) => {
      resolve({ code: child.exitCode, stdout, stderr });
    });
  });
}

const TABLE: readonly [args: string[], message: string][] = [
  [['--bogus'], `unknown flag '--bogus' (accepted: ${ACCEPTED})`],
  [['extra'], `unknown flag 'extra' (accepted: ${ACCEPTED})`],
  [['--io-port', 'abc'], "--io-port must be an integer from 0 to 65535 (got 'abc')"],
  [['--io-port=70000'], "--io-port must be an integer from 0 to 65535 (got '70000')"],
  [['--cpu-port', '-1'], "--cpu-port must be an integer from 0 to 65535 (got '-1')"],
  [['--cpu-port', '1.5'], "--cpu-port must be an integer from 0 to 65535 (got '1.5')"],
  [['--threads', '0'], "--threads must be an integer from 1 to 256 (got '0')"],
  [['--threads', '257'], "--threads must be an integer from 1 to 256 (got '257')"],
  [['--threads'], '--threads needs a value: an integer from 1 to 256'],
  [['--only', 'both'], "--only must be one of io, cpu (got 'both')"],
  [['--host'], '--host needs a value: an address to bind, e.g. 127.0.0.1'],
  [['--host', '--json'], '--host needs a value: an address to bind, e.g. 127.0.0.1'],
  [['--json=yes'], "--json takes no value (got 'yes')"],
];

for (const [args, message] of TABLE) {
  test(`main.js ${args.join(' ')} -> exit 2: ${message}`, async () => {
    const { code, stdout, stderr } = await run(args);
    assert.equal(code, 2);
    assert.equal(stderr, `asyncbench-servers: ${message}\n`);
    assert.equal(stdout, '');
  });
}

test('--help prints the usage and exits 0', async () => {
  const { code, stdout } = await run(['--help']);
  assert.equal(code, 0);
  assert.match(stdout, /^Usage: /);
  for (const flag of ACCEPTED.split(', ')) assert.ok(stdout.includes(flag), flag);
});
