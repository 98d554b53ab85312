/**
 * The text the bench prints at the end of a run: a table of every result (median, ± of its CI with
 * the level when below 95%, speedup, efficiency), warnings, then the claims with ✔/✘. Plain text;
 * ANSI colours only when asked.
 */
import type { ResultsFile } from '../results/schema.js';
import { claimMark, column, resultRow, runWarnings, type ResultColumn, type ResultRow } from './rows.js';
import { contextFooter } from './context-text.js';

export interface TerminalOptions {
  /** Colour the marks and warnings with ANSI escapes (e.g. when stdout is a TTY). @default false */
  color?: boolean;
}

/** The table's columns; the figures (median onwards) are right-aligned. */
const COLUMNS: readonly ResultColumn[] = [
  column('suite', 'suite'),
  column('workload', 'workload'),
  column('strategy', 'strategy'),
  column('point', 'point'),
  column('median', 'median', true),
  column('plusMinus', '±CI of median', true),
  column('speedup', 'speedup', true),
  column('efficiency', 'efficiency', true),
];

/** The end-of-run report as plain text, ending with a newline. */
export function formatTerminalReport(results: ResultsFile, options: TerminalOptions = {}): string {
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [`asyncbench · ${contextFooter(results.context)}`, ''];
  const rows = results.suites.flatMap((suite) => suite.results.map((r) => resultRow(suite, r)));
  if (rows.length === 0) {
    lines.push('No results.');
  } else {
    lines.push(...table(COLUMNS, rows));
  }
  const warnings = runWarnings(results);
  if (warnings.length > 0) {
    lines.push('');
    for (const w of warnings) lines.push(paint(33, `! ${w}`));
  }
  if (results.claims.length > 0) {
    lines.push('', 'Claims');
    for (const claim of results.claims) {
      const mark = claimMark(claim);
      const colored = paint(mark === '✔' ? 32 : mark === '✘' ? 31 : 33, mark);
      lines.push(`${colored} ${claim.statement} — ${claim.evidence}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Left-aligned columns (numeric ones right-aligned) two spaces apart, a rule under the header. */
function table(columns: readonly ResultColumn[], rows: readonly ResultRow[]): string[] {
  const cells = [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.text(row)))];
  const widths = columns.map((_, c) => Math.max(...cells.map((line) => (line[c] ?? '').length)));
  const format = (line: string[]): string =>
    line
      .map((cell, c) => (columns[c]?.numeric ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = cells;
  return [format(header ?? []), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(format)];
}
