// --target as real APIs need it, end to end against a loopback server of the test's own that
// records what reaches it: the method, a header, the body, two URLs in turn, and --timeout failing
// the calls that take too long. The header's value reaches the server and no output at all.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { CompletedResult, ResultsFile } from '../../src/results/schema.js';
import { startBench } from './run-bench.js';

const SECRET = 'Bearer SECRET-e2e-4242';
const out = mkdtempSync(join(tmpdir(), 'asyncbench-target-request-'));
after(() => rmSync(out, { recursive: true, force: true }));

interface Seen {
  method: string;
  path: string;
  auth: string | undefined;
  body: string;
}

/** Answers after `delayMs` (the path's `?ms=`, default 5), recording each request. */
async function recordingServer(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push({ method: req.method ?? '', path: url.pathname, auth: req.headers.authorization, body });
      setTimeout(() => res.end('ok'), Number(url.searchParams.get('ms') ?? 5));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every file under `dir`, read as text. */
function everyFile(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? everyFile(path) : [readFileSync(path, 'latin1')];
  });
}

test('method, header, body and two URLs reach the server; the header value reaches no output', { timeout: 90_000 }, async () => {
  const api = await recordingServer();
  try {
    const dir = join(out, 'ok');
    const run = startBench([
      '--preset', 'quick', '--suite', 'io', '--tasks', '4', '--strategies', 'sequential,concurrent',
      '--target', `${api.url}/users?ms=5`, '--target', `${api.url}/posts?ms=5`,
      '--method', 'PUT', '--header', `Authorization: ${SECRET}`, '--body', '{"id":7}', '--timeout', '5000',
      '--out', dir, '--export-csv', join(dir, 'r.csv'), '--export-markdown', join(dir, 's.md'), '--github-benchmark', join(dir, 'gab'),
    ]);
    const { code } = await run.exit;
    assert.equal(code, 0, run.stderr());
    assert.ok(api.seen.length > 8, `${api.seen.length} requests`);
    assert.ok(api.seen.every((s) => s.method === 'PUT' && s.auth === SECRET && s.body === '{"id":7}'));
    const paths = new Set(api.seen.map((s) => s.path));
    assert.deepEqual([...paths].sort(), ['/posts', '/users']);
    // Nowhere: not on stdout or stderr, not in results.json, the report, the exports, the charts.
    for (const text of [run.stdout(), run.stderr(), ...everyFile(dir)]) assert.ok(!text.includes('SECRET-e2e-4242'));
    const file = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsFile;
    assert.deepEqual(file.context.options.headerNames, ['Authorization']);
    assert.equal(file.context.options.method, 'PUT');
    assert.equal(file.suites[0]?.params.bodyBytes, 8);
    assert.ok((file.suites[0]?.results as CompletedResult[]).every((r) => r.taskErrors === 0));
  } finally {
    await api.close();
  }
});

test('--timeout: calls slower than it fail as task errors, and the run goes on', { timeout: 90_000 }, async () => {
  const api = await recordingServer();
  try {
    const dir = join(out, 'timeout');
    const run = startBench(['--preset', 'quick', '--suite', 'io', '--tasks', '2', '--strategies', 'concurrent', '--target', `${api.url}/slow?ms=400`, '--timeout', '50', '--out', dir]);
    const { code } = await run.exit;
    // The latency probe before the batches needs an answer: it fails first, and the suite errors with the reason.
    const file = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ResultsFile;
    assert.equal(code, 1, run.stderr());
    assert.equal(file.suites[0]?.state, 'errored');
    assert.match(file.suites[0]?.error?.message ?? '', /no answer within 50 ms from http:\/\/127\.0\.0\.1:\d+\/slow\?ms=400 \(--timeout\)/);
  } finally {
    await api.close();
  }
});
