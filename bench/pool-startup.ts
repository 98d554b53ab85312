/**
 * `npm run bench:pool`: how long the worker-pool strategy takes to start, beside bare piscina on
 * the same machine in the same run. Both are timed the same way, from `new Piscina` until every one
 * of W threads has answered a no-op; ours is the strategy's own `poolStartupMs` (what results.json
 * records). Rounds alternate bare, ours, bare, ours… so machine drift falls on both alike.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Piscina } from 'piscina';
import { validateInteger } from '../src/cli/validate.js';
import { quantileSorted, sorted } from '../src/stats/summary.js';
import { createWorkerPool } from '../src/strategies/worker-pool.js';

const BARE_WORKER = new URL('./pool-startup-worker.js', import.meta.url).href;

async function bare(workers: number): Promise<number> {
  const started = performance.now();
  const pool = new Piscina({ filename: BARE_WORKER, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 1 });
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.run(null)));
    return performance.now() - started;
  } finally {
    await pool.destroy();
  }
}

async function ours(workers: number): Promise<number> {
  const strategy = createWorkerPool({ workers, concurrency: 1, execute: async () => {} });
  try {
    const { startupMs } = await strategy.prepare({ kind: 'cpu', cpuMs: 1, itersPerMs: 1000 });
    return startupMs ?? Number.NaN;
  } finally {
    await strategy.close();
  }
}

const median = (xs: number[]): number => quantileSorted(sorted(xs), 0.5);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { workers: { type: 'string' }, rounds: { type: 'string' } } });
  const workers = values.workers === undefined ? 2 : validateInteger(values.workers, '--workers', 1, 64);
  const rounds = values.rounds === undefined ? 10 : validateInteger(values.rounds, '--rounds', 1, 1000);
  const times = { bare: [] as number[], ours: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    times.bare.push(await bare(workers));
    times.ours.push(await ours(workers));
  }
  const b = median(times.bare);
  const o = median(times.ours);
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
  console.log(`pool start-up, ${workers} threads, ${rounds} rounds each (median, range in ms)`);
  console.log(`| pool | median | range |\n|---|---|---|`);
  console.log(`| bare piscina (no-op worker) | ${b.toFixed(1)} | ${range(times.bare)} |`);
  console.log(`| asyncbench worker-pool | ${o.toFixed(1)} | ${range(times.ours)} |`);
  console.log(`ours / bare = ${(o / b).toFixed(2)}x`);
}

main().catch((error: unknown) => {
  console.error(`bench:pool: ${(error as Error).message}`);
  process.exit(error instanceof Error && 'exitCode' in error ? Number((error as { exitCode: number }).exitCode) : 1);
});
