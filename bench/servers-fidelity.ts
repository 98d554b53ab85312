/**
 * How faithful are the local servers? `npm run bench:servers`.
 *
 * The servers run in a child process (servers/spawn.ts); autocannon drives them from this one, one
 * point at a time, with the load suite's own measuring (src/measure/autocannon.ts: a warm-up, then
 * whole seconds counted from this process's response events) and its ideals (Little's law,
 * src/model/littles-law.ts).
 *
 * The I/O server at ms=50 is measured beside a bare `node:http` delay server
 * (bench/reference-delay-server.ts, its own child process) at the same connection counts, in the
 * same run, so the gap between them is our per-request work whatever else the machine is doing.
 * The CPU server at ms=10 should give about 1000/ms requests per second per thread, capped by the
 * cores. Targets: >= 95% of Little's law up to 100 connections, >= 85% at 1000, p50 within
 * 50 + 2 ms (issue 2), and within 3 points of the bare server at every count (issue 13).
 * About 55 s in all.
 */
import os from 'node:os';
import { startServersProcess } from '../servers/spawn.js';
import { runLoadPoint } from '../src/measure/autocannon.js';
import { cpuThroughput, ioThroughput } from '../src/model/littles-law.js';
import { startReferenceServer } from './reference-delay-server.js';

const IO_MS = 50;
const CPU_MS = 10;
const IO_CONNECTIONS = [1, 10, 100, 1000];
const CPU_CONNECTIONS = [1, 4, 16];
const CPU_MODES: readonly (number | undefined)[] = [undefined, 1, 2];
/** Warm-ups: 1 s lets 1000 connections open and their timers settle; a CPU queue (C·c <= 160 ms) settles in 0.5 s. */
const IO_WARMUP_S = 1;
const CPU_WARMUP_S = 0.5;
const IO_DURATION_S = 2;
const CPU_DURATION_S = 2;
/** Points of Little's law ours may trail the bare server by (issue 13). */
const MAX_GAP_POINTS = 3;

/** What one point gave, or why it failed. */
type Measured = { rps: number; p50: number; p99: number; errors: number } | { error: string };

const CORES = os.availableParallelism();
const never = new AbortController().signal;

async function measure(url: string, connections: number, warmupS: number, durationS: number): Promise<Measured> {
  const outcome = await runLoadPoint({ url, connections, warmupS, durationS, rate: null, signal: never });
  if (outcome.state === 'errored') return { error: outcome.error.message };
  if (outcome.state === 'aborted') return { error: 'aborted' };
  const f = outcome.figures;
  return { rps: f.requestsPerSecond, p50: f.latency.p50, p99: f.latency.p99, errors: f.errors + f.non2xx };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function cells(m: Measured, ideal: number): { rps: string; share: string; p50: string; p99: string; errors: string } {
  if ('error' in m) return { rps: 'errored', share: '-', p50: '-', p99: '-', errors: m.error };
  return { rps: m.rps.toFixed(1), share: pct(m.rps / ideal), p50: m.p50.toFixed(1), p99: m.p99.toFixed(1), errors: String(m.errors) };
}

function describe(m: Measured, ideal: number): string {
  return 'error' in m ? `errored (${m.error})` : `${m.rps.toFixed(1)} req/s (${pct(m.rps / ideal)})`;
}

/** Columns padded to their widest cell; the first and last left-aligned, the rest right-aligned. */
function table(title: string, header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The verdict of one I/O row against the targets in the header comment. */
function ioVerdict(ours: Measured, bare: Measured, connections: number, ideal: number): string {
  if ('error' in ours || 'error' in bare) return 'MISSED (errored)';
  const minShare = connections <= 100 ? 0.95 : 0.85;
  const missed = [
    ...(ours.rps / ideal < minShare ? [`<${pct(minShare)}`] : []),
    ...(ours.p50 > IO_MS + 2 ? [`p50>${IO_MS + 2}`] : []),
    ...(gapPoints(ours, bare, ideal) < -MAX_GAP_POINTS ? [`>${MAX_GAP_POINTS} pts behind bare`] : []),
  ];
  return missed.length === 0 ? 'ok' : `MISSED (${missed.join(', ')})`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
}

/** Ours minus bare, in points of Little's law. */
function gapPoints(ours: { rps: number }, bare: { rps: number }, ideal: number): number {
  return ((ours.rps - bare.rps) / ideal) * 100;
}

async function ioRows(): Promise<string[][]> {
  const servers = await startServersProcess({ only: 'io' });
  try {
    const reference = await startReferenceServer();
    try {
      const urls = { ours: `${servers.io?.url ?? ''}/delay?ms=${IO_MS}`, bare: `${reference.url}/delay?ms=${IO_MS}` };
      const rows: string[][] = [];
      for (const [index, c] of IO_CONNECTIONS.entries()) {
        const ideal = ioThroughput(c, IO_MS).reqPerS;
        const run = (url: string): Promise<Measured> => measure(url, c, IO_WARMUP_S, IO_DURATION_S);
        // Alternate who goes first, so neither always gets the machine just after the other's load.
        let ours: Measured;
        let bare: Measured;
        if (index % 2 === 0) {
          ours = await run(urls.ours);
          bare = await run(urls.bare);
        } else {
          bare = await run(urls.bare);
          ours = await run(urls.ours);
        }
        process.stderr.write(`  io c=${c}: ours ${describe(ours, ideal)}, bare ${describe(bare, ideal)}\n`);
        const o = cells(ours, ideal);
        const b = cells(bare, ideal);
        const gap = 'error' in ours || 'error' in bare ? '-' : signed(gapPoints(ours, bare, ideal));
        rows.push([String(c), ideal.toFixed(1), o.rps, o.share, b.rps, b.share, gap, o.p50, b.p50, o.p99, b.p99, `${o.errors}/${b.errors}`, ioVerdict(ours, bare, c, ideal)]);
      }
      return rows;
    } finally {
      await reference.close();
    }
  } finally {
    await servers.close();
  }
}

async function cpuRows(): Promise<string[][]> {
  const rows: string[][] = [];
  for (const threads of CPU_MODES) {
    const servers = await startServersProcess({ only: 'cpu', ...(threads === undefined ? {} : { threads }) });
    try {
      const url = `${servers.cpu?.url ?? ''}/work?ms=${CPU_MS}`;
      const label = threads === undefined ? 'cpu loop' : `cpu ${threads}T`;
      for (const c of CPU_CONNECTIONS) {
        const ideal = cpuThroughput(c, CPU_MS, threads ?? 1, CORES).reqPerS;
        const m = await measure(url, c, CPU_WARMUP_S, CPU_DURATION_S);
        process.stderr.write(`  ${label} c=${c}: ${describe(m, ideal)}\n`);
        const x = cells(m, ideal);
        const verdict = 'error' in m ? 'errored' : m.rps / ideal >= 0.85 ? 'ok (>=85%)' : 'below 85%';
        rows.push([label, String(c), x.rps, ideal.toFixed(1), x.share, x.p50, x.p99, x.errors, verdict]);
      }
    } finally {
      await servers.close();
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const started = performance.now();
  const cpus = os.cpus();
  process.stderr.write(`servers fidelity: node ${process.version}, ${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}\n`);
  const io = await ioRows();
  const cpu = await cpuRows();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const out = [
    table(
      `I/O server, GET /delay?ms=${IO_MS}, ours beside a bare node:http server: ideal = Little's law, connections / ${IO_MS / 1000} s`,
      ['conns', "little's", 'ours req/s', 'ours', 'bare req/s', 'bare', 'gap pts', 'ours p50', 'bare p50', 'ours p99', 'bare p99', 'errors', 'target'],
      io,
    ),
    '',
    table(
      `CPU server, GET /work?ms=${CPU_MS}: ideal = 1000/${CPU_MS} x min(threads, connections, cores=${CORES})`,
      ['server', 'conns', 'req/s', 'ideal', 'share', 'p50 ms', 'p99 ms', 'errors', 'target'],
      cpu,
    ),
    '',
    `req/s and p50/p99 (ms): whole seconds after the warm-up (I/O ${IO_WARMUP_S} s + ${IO_DURATION_S} s, CPU ${CPU_WARMUP_S} s + ${CPU_DURATION_S} s per row)`,
    `gap pts: ours minus bare in points of Little's law (target: no more than ${MAX_GAP_POINTS} behind); errors: ours/bare`,
    `node ${process.version}, ${CORES} cores, ${seconds} s`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
