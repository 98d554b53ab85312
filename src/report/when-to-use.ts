/**
 * The "when to use which" table of summary.md and index.html, computed from the mixed suite of this
 * run: at each CPU share, which strategy finished the batch fastest and by how much over the
 * runner-up, then where the pool overtook concurrency (measured, and the model's share) and whether
 * offload beat both in between. Defined once
 * as data (`whenToUse`); each reporter only renders it (`formatWhenToUse` here for Markdown, html.ts).
 */
import { measuredCrossover, mixedRows, offloadWins, pct } from '../model/mixed-claims.js';
import { modelCrossoverShare } from '../model/mixed.js';
import type { CompletedResult, ResultsFile } from '../results/schema.js';
import { formatMs } from './format.js';

const COLUMNS = [
  { key: 'sequential', name: 'sequential' },
  { key: 'concurrent', name: 'concurrent' },
  { key: 'pool', name: 'worker-pool' },
  { key: 'offload', name: 'offload' },
] as const;

/** Below this ratio to the runner-up, the fastest is called a tie: batch medians of one run differ by noise alone. */
const TIE = 1.05;

/** `1.8×`, three significant figures at most. */
function times(x: number): string {
  return `${Number(x.toPrecision(x >= 10 ? 3 : 2))}×`;
}

/** One row of the table: the cells in column order, and which median cell is the fastest. */
export interface WhenToUseRow {
  /** CPU share f, c / d (ms), the four medians (`–` when absent), use, by how much. */
  cells: string[];
  /** Index in `cells` of the fastest median (shown bold), or null when none was measured. */
  best: number | null;
}

/** The table as data: the reporters render it, in Markdown or HTML, without computing anything. */
export interface WhenToUseTable {
  title: string;
  intro: string;
  columns: readonly string[];
  /** Indices of the columns that hold numbers (the medians), right-aligned by the HTML reporter. */
  numericColumns: readonly number[];
  rows: WhenToUseRow[];
  /** Where the pool overtook concurrency, or that it did not, with the model's share. */
  conclusion: string;
}

const HEADER = ['CPU share f', 'c / d (ms)', ...COLUMNS.map((c) => c.name), 'use', 'by how much'] as const;
/** Index of the first median column in a row's cells (after CPU share and c / d). */
const FIRST_MEDIAN = 2;

/** The "when to use which" table of this run, or null when it has no mixed results. Pure. */
export function whenToUse(results: ResultsFile): WhenToUseTable | null {
  const suite = results.suites.find((s) => s.name === 'mixed');
  const rows = mixedRows(suite);
  if (rows.length === 0) return null;
  const tableRows = rows.map((row): WhenToUseRow => {
    const present = COLUMNS.map((c) => ({ name: c.name, r: row[c.key] as CompletedResult | undefined })).filter(
      (x): x is { name: (typeof COLUMNS)[number]['name']; r: CompletedResult } => x.r !== undefined,
    );
    const ranked = [...present].sort((a, b) => a.r.stats.median - b.r.stats.median);
    const best = ranked[0];
    const next = ranked[1];
    const any = present[0]?.r;
    const medians = COLUMNS.map((c) => row[c.key] as CompletedResult | undefined);
    const bestIndex = medians.findIndex((r) => r !== undefined && r === best?.r);
    const ratio = best && next && best.r.stats.median > 0 ? next.r.stats.median / best.r.stats.median : null;
    const margin =
      ratio === null || !next ? '–' : ratio < TIE ? `a tie with ${next.name} (within ${Math.round((TIE - 1) * 100)}%)` : `${times(ratio)} faster than ${next.name}`;
    const split = any ? `${any.params.cpuMs} / ${any.params.delayMs}` : '–';
    return {
      cells: [pct(row.share), split, ...medians.map((r) => (r ? formatMs(r.stats.median) : '–')), best?.name ?? '–', margin],
      best: bestIndex === -1 ? null : FIRST_MEDIAN + bestIndex,
    };
  });
  const crossing = measuredCrossover(rows);
  const pool = rows.find((r) => r.pool)?.pool;
  const w = Number(pool?.params.workers);
  const n = Number(pool?.params.tasks);
  const model = pool && w <= results.context.cpu.cores ? modelCrossoverShare(n, w) : null;
  const modelText = model !== null ? `; the model ((⌈N/W⌉ − 1)/(N − 1) with N = ${n}, W = ${w}) puts it at ${pct(model)}` : '';
  const wins = offloadWins(rows);
  const offloadText =
    wins.shares === 0
      ? ''
      : wins.wins === wins.shares
        ? ` Tasks that both wait and compute are best served by both: offload (await the I/O on the event loop, hand the CPU part to the pool, like Python's asyncio.to_thread) was fastest at every share between 0 and 100% (${wins.shares} of ${wins.shares}).`
        : ` Offload (I/O on the event loop, CPU in the pool) was fastest at ${wins.wins} of the ${wins.shares} shares between 0 and 100% in this run, not at all of them.`;
  return {
    title: 'When to use which',
    intro: 'From the mixed suite of this run: each task waits d ms on I/O, then computes c ms; median batch time per strategy.',
    columns: HEADER,
    numericColumns: COLUMNS.map((_, i) => FIRST_MEDIAN + i),
    rows: tableRows,
    conclusion: crossing
      ? `The worker pool overtook concurrency between f = ${pct(crossing.between[0])} and ${pct(crossing.between[1])} (≈ ${pct(crossing.share)} by interpolation)${modelText}. Of those two, below it use concurrency (it also keeps no thread busy while waiting); above it, a worker pool, which also keeps the event loop free.${offloadText}`
      : `No crossover between concurrency and the worker pool in this sweep${modelText}.${offloadText}`,
  };
}

/** The table as a Markdown section of summary.md (fastest median in bold); empty without mixed results. */
export function formatWhenToUse(results: ResultsFile): string {
  const table = whenToUse(results);
  if (!table) return '';
  const rows = table.rows.map((row) => `| ${row.cells.map((cell, i) => (i === row.best ? `**${cell}**` : cell)).join(' | ')} |`);
  return [
    `## ${table.title}`,
    '',
    table.intro,
    '',
    `| ${table.columns.join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    table.conclusion,
    '',
  ].join('\n');
}
