import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import type { RunningServer } from '../../servers/http-common.js';
import { startIoServer } from '../../servers/io-server.js';

let io: RunningServer;

before(async () => {
  io = await startIoServer();
});
after(async () => {
  await io.close();
});

/** Sends raw bytes and returns everything the server writes before closing the socket. */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(io.port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

test('a malformed request gets 400 and its socket closes; the server keeps serving', async () => {
  const answer = await raw('GET /health HTTP/1.1\r\nBad Header Line\r\n\r\n');
  assert.match(answer, /^HTTP\/1\.1 400 Bad Request\r\n/);
  const ok = await raw('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(ok, /^HTTP\/1\.1 200 OK\r\n/);
});
