/**
 * The CSV export (`--export-csv`): one row per result, for a spreadsheet or a script. Quoting after
 * RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled;
 * lines end in CRLF. Figures are the recorded numbers at full precision (ms or req/s as `unit` says;
 * speedup and efficiency are ratios); a figure a result does not have (an errored result's, the
 * speedup of a throughput, the event-loop delay of a load run) is an empty field.
 */
import { type ResultsFile, type Result } from '../results/schema.js';

/** The header, in column order. */
export const CSV_COLUMNS = [
  'suite',
  'workload',
  'strategy',
  'point',
  'unit',
  'n',
  'median',
  'ci_low',
  'ci_high',
  'p99',
  'speedup',
  'efficiency',
  'event_loop_p99',
] as const;

/** One field: quoted when RFC 4180 asks for it. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A number as written: finite ones in full (String()), anything else empty. */
function num(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** `tasks=10,workers=2`: the point's parameters, sorted by name (as in resultKey). */
function pointText(point: Record<string, number>): string {
  return Object.entries(point)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function row(suite: string, r: Result): string[] {
  const head = [suite, r.workload, r.strategy, pointText(r.point)];
  if (r.state !== 'completed') return [...head, '', '', '', '', '', '', '', '', ''];
  const s = r.stats;
  return [
    ...head,
    r.unit,
    num(s.n),
    num(s.median),
    num(s.ci.low),
    num(s.ci.high),
    num(s.p99),
    num(r.speedup),
    num(r.efficiency),
    num(r.eventLoopDelay?.p99),
  ];
}

/** The CSV of every result of every suite, header first, each line ending in CRLF. */
export function formatCsv(results: ResultsFile): string {
  const lines = [[...CSV_COLUMNS], ...results.suites.flatMap((suite) => suite.results.map((r) => row(suite.name, r)))];
  return lines.map((line) => `${line.map(field).join(',')}\r\n`).join('');
}
