// The pooled CPU server under autocannon: its req/s, and the CPU of the client (this process), the
// server process (/proc, Linux) and everything else over a 2 s window after a 0.5 s warm-up.
// Build first (npm run build); run: MS=2 CS=2,100 node bench/evidence/load-pool-cpu.mjs [threads]
import os from 'node:os';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { startServersProcess } from '../../dist/servers/spawn.js';
const tick = 1000 / 100; // USER_HZ 100 -> 10 ms
const procMs = (pid) => { const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * tick; };
const machineMs = () => os.cpus().reduce((a, c) => a + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
const threads = Number(process.argv[2] ?? 2);
const pool = await startServersProcess({ only: 'cpu', threads });
const url = pool.cpu.url + '/work?ms=' + (process.env.MS ?? 2);
for (const C of (process.env.CS ?? "2,10,100").split(",").map(Number)) {
  const inst = autocannon({ url, connections: C, duration: 3 });
  await new Promise((r) => setTimeout(r, 500));
  const s = { wall: performance.now(), me: process.cpuUsage(), srv: procMs(pool.pid), m: machineMs(), n: 0 };
  inst.on('response', () => { s.n++; });
  await new Promise((r) => setTimeout(r, 2000));
  const wall = performance.now() - s.wall; const me = process.cpuUsage(s.me); const srv = procMs(pool.pid) - s.srv; const m = machineMs() - s.m;
  const client = (me.user + me.system) / 1000 / wall, server = srv / wall, other = m / wall - client - server;
  console.log(`${process.version} C=${C} rps=${(s.n / wall * 1000).toFixed(0)} client=${client.toFixed(2)} server=${server.toFixed(2)} other=${other.toFixed(2)} work=${(s.n / wall * Number(process.env.MS ?? 2)).toFixed(2)}`);
  await new Promise((r) => inst.on('done', r));
  await fetch(pool.cpu.url + '/work?ms=0').then((r) => r.arrayBuffer());
}
await pool.close();
