/**
 * The "when to use which" table of summary.md, computed from the mixed suite of this run: at each
 * CPU share, which strategy finished the batch fastest and by how much over the runner-up, then
 * where the pool overtook concurrency (measured, and the model's share). Pure: results in, Markdown
 * out; empty when the run has no mixed results.
 */
import { measuredCrossover, mixedRows, pct } from '../model/mixed-claims.js';
import { modelCrossoverShare } from '../model/mixed.js';
import type { CompletedResult, ResultsFile } from '../results/schema.js';
import { formatMs } from './format.js';

const COLUMNS = [
  { key: 'sequential', name: 'sequential' },
  { key: 'concurrent', name: 'concurrent' },
  { key: 'pool', name: 'worker-pool' },
] as const;

/** Below this ratio to the runner-up, the fastest is called a tie: batch medians of one run differ by noise alone. */
const TIE = 1.05;

/** `1.8×`, three significant figures at most. */
function times(x: number): string {
  return `${Number(x.toPrecision(x >= 10 ? 3 : 2))}×`;
}

export function formatWhenToUse(results: ResultsFile): string {
  const suite = results.suites.find((s) => s.name === 'mixed');
  const rows = mixedRows(suite);
  if (rows.length === 0) return '';
  const out = [
    '## When to use which',
    '',
    'From the mixed suite of this run: each task waits d ms on I/O, then computes c ms; median batch time per strategy.',
    '',
    '| CPU share f | c / d (ms) | sequential | concurrent | worker-pool | use | by how much |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const present = COLUMNS.map((c) => ({ name: c.name, r: row[c.key] as CompletedResult | undefined })).filter(
      (x): x is { name: (typeof COLUMNS)[number]['name']; r: CompletedResult } => x.r !== undefined,
    );
    const ranked = [...present].sort((a, b) => a.r.stats.median - b.r.stats.median);
    const best = ranked[0];
    const next = ranked[1];
    const any = present[0]?.r;
    const cells = COLUMNS.map((c) => {
      const r = row[c.key] as CompletedResult | undefined;
      if (!r) return '–';
      return r === best?.r ? `**${formatMs(r.stats.median)}**` : formatMs(r.stats.median);
    });
    const ratio = best && next && best.r.stats.median > 0 ? next.r.stats.median / best.r.stats.median : null;
    const margin =
      ratio === null || !next ? '–' : ratio < TIE ? `a tie with ${next.name} (within ${Math.round((TIE - 1) * 100)}%)` : `${times(ratio)} faster than ${next.name}`;
    const split = any ? `${any.params.cpuMs} / ${any.params.delayMs}` : '–';
    out.push(`| ${pct(row.share)} | ${split} | ${cells.join(' | ')} | ${best?.name ?? '–'} | ${margin} |`);
  }
  out.push('');
  const crossing = measuredCrossover(rows);
  const pool = rows.find((r) => r.pool)?.pool;
  const w = Number(pool?.params.workers);
  const n = Number(pool?.params.tasks);
  const model = pool && w <= results.context.cpu.cores ? modelCrossoverShare(n, w) : null;
  const modelText = model !== null ? `; the model ((⌈N/W⌉ − 1)/(N − 1) with N = ${n}, W = ${w}) puts it at ${pct(model)}` : '';
  out.push(
    crossing
      ? `The worker pool overtook concurrency between f = ${pct(crossing.between[0])} and ${pct(crossing.between[1])} (≈ ${pct(crossing.share)} by interpolation)${modelText}. Below it, use concurrency (it also keeps no thread busy while waiting); above it, a worker pool, which also keeps the event loop free.`
      : `No crossover between concurrency and the worker pool in this sweep${modelText}.`,
    '',
  );
  return out.join('\n');
}
