/**
 * How faithful are the local servers? `npm run bench:servers`.
 *
 * The servers run in a child process (servers/spawn.ts); autocannon drives them from this one.
 * The I/O server at ms=50 should follow Little's law (throughput = connections / 0.050 s) with a
 * p50 near 50 ms; the CPU server at ms=10 should give about 1000/ms requests per second per thread,
 * capped by the cores. Targets (issue 2): >= 95% of Little's law up to 100 connections, >= 85% at
 * 1000, p50 within 50 + 2 ms. About 50 s in all.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { startServersProcess } from '../servers/spawn.js';

const IO_MS = 50;
const CPU_MS = 10;
const IO_CONNECTIONS = [1, 10, 100, 1000];
const CPU_CONNECTIONS = [1, 4, 16];
const CPU_MODES: readonly (number | undefined)[] = [undefined, 1, 2];
const WARMUP_S = 1;
const IO_DURATION_S = 4;
const CPU_DURATION_S = 2;

interface Row {
  label: string;
  connections: number;
  rps: number;
  ideal: number;
  p50: number;
  p99: number;
  errors: number;
  verdict: string;
}

/** Time at the start of a measured run left out of its throughput: the connections' cold start. */
const SETTLE_MS = 500;

/**
 * One autocannon run. Throughput is counted from this process's own response times after the
 * first SETTLE_MS: (completions - 1) / (last - first), so neither the cold start (no answer before
 * the first delay has passed) nor the requests cut off at the end bias it.
 */
function load(url: string, connections: number, duration: number): Promise<{ result: autocannon.Result; rps: number }> {
  return new Promise((resolve, reject) => {
    const from = performance.now() + SETTLE_MS;
    let count = 0;
    let first = 0;
    let last = 0;
    const instance = autocannon({ url, connections, duration, pipelining: 1, timeout: 30 }, (error, result) => {
      if (error !== null && error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve({ result, rps: count > 1 ? (count - 1) / ((last - first) / 1000) : 0 });
    });
    instance.on('response', (_client, statusCode) => {
      const now = performance.now();
      if (now < from || statusCode >= 300) return;
      if (count === 0) first = now;
      last = now;
      count++;
    });
  });
}

/** Runs a warm-up then a measured run, and shapes one table row. */
async function measure(
  url: string,
  connections: number,
  duration: number,
  label: string,
  ideal: number,
  verdict: (share: number, p50: number) => string,
): Promise<Row> {
  await load(url, connections, WARMUP_S);
  const { result, rps } = await load(url, connections, duration);
  const errors = result.errors + result.timeouts + result.non2xx;
  const row = { label, connections, rps, ideal, p50: result.latency.p50, p99: result.latency.p99, errors, verdict: '' };
  row.verdict = verdict(rps / ideal, row.p50);
  process.stderr.write(`  ${label} c=${connections}: ${rps.toFixed(1)} req/s (${pct(rps / ideal)} of ideal)\n`);
  return row;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function table(title: string, ideaLabel: string, rows: readonly Row[]): string {
  const header = ['server', 'conns', 'req/s', ideaLabel, 'share', 'p50 ms', 'p99 ms', 'errors', 'target'];
  const body = rows.map((r) => [
    r.label,
    String(r.connections),
    r.rps.toFixed(1),
    r.ideal.toFixed(1),
    pct(r.rps / r.ideal),
    r.p50.toFixed(1),
    r.p99.toFixed(1),
    String(r.errors),
    r.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function ioSuite(): Promise<Row[]> {
  const servers = await startServersProcess({ only: 'io' });
  try {
    const url = `${servers.io?.url ?? ''}/delay?ms=${IO_MS}`;
    const rows: Row[] = [];
    for (const c of IO_CONNECTIONS) {
      const ideal = c / (IO_MS / 1000);
      const minShare = c <= 100 ? 0.95 : 0.85;
      rows.push(
        await measure(url, c, IO_DURATION_S, 'io', ideal, (share, p50) =>
          share >= minShare && p50 <= IO_MS + 2 ? `ok (>=${pct(minShare)}, p50<=${IO_MS + 2})` : `MISSED (>=${pct(minShare)}, p50<=${IO_MS + 2})`,
        ),
      );
    }
    return rows;
  } finally {
    await servers.close();
  }
}

async function cpuSuite(): Promise<Row[]> {
  const cores = os.availableParallelism();
  const rows: Row[] = [];
  for (const threads of CPU_MODES) {
    const servers = await startServersProcess({ only: 'cpu', ...(threads === undefined ? {} : { threads }) });
    try {
      const url = `${servers.cpu?.url ?? ''}/work?ms=${CPU_MS}`;
      const label = threads === undefined ? 'cpu loop' : `cpu ${threads}T`;
      const lanes = Math.min(threads ?? 1, cores);
      for (const c of CPU_CONNECTIONS) {
        // Work can only run on min(threads, connections, cores) cores at once.
        const ideal = (1000 / CPU_MS) * Math.min(lanes, c);
        rows.push(await measure(url, c, CPU_DURATION_S, label, ideal, (share) => (share >= 0.85 ? 'ok (>=85%)' : 'below 85%')));
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
  const io = await ioSuite();
  const cpu = await cpuSuite();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const out = [
    table(`I/O server, GET /delay?ms=${IO_MS}: ideal = Little's law, connections / ${IO_MS / 1000} s`, "little's", io),
    '',
    table(`CPU server, GET /work?ms=${CPU_MS}: ideal = 1000/${CPU_MS} x min(threads, connections, cores=${os.availableParallelism()})`, 'ideal', cpu),
    '',
    `req/s: completions after the first ${SETTLE_MS} ms of each run; p50/p99 over the whole run`,
    `node ${process.version}, ${os.availableParallelism()} cores, ${seconds} s (warm-up ${WARMUP_S} s + ${IO_DURATION_S} s / ${CPU_DURATION_S} s per row)`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
