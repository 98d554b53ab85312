/**
 * The text the bench prints at the end of a run: a table of every result (median, ±, speedup,
 * efficiency), warnings, then the claims with ✔/✘. Plain text; ANSI colours only when asked.
 */
import type { ResultsFile } from '../results/schema.js';
import { claimMark, resultRow, runWarnings } from './rows.js';
import { contextFooter } from './context-text.js';

export interface TerminalOptions {
  /** Colour the marks and warnings with ANSI escapes (e.g. when stdout is a TTY). @default false */
  color?: boolean;
}

const HEADERS = ['suite', 'workload', 'strategy', 'point', 'median', '±95% CI', 'speedup', 'efficiency'] as const;

/** The end-of-run report as plain text, ending with a newline. */
export function formatTerminalReport(results: ResultsFile, options: TerminalOptions = {}): string {
  const paint = (code: number, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [`asyncbench · ${contextFooter(results.context)}`, ''];
  const rows = results.suites.flatMap((suite) =>
    suite.results.map((r) => {
      const row = resultRow(suite, r);
      return [row.suite, row.workload, row.strategy, row.point, row.median, row.plusMinus, row.speedup, row.efficiency];
    }),
  );
  if (rows.length === 0) {
    lines.push('No results.');
  } else {
    lines.push(...table([[...HEADERS], ...rows]));
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

/** Left-aligned columns (numbers right-aligned) two spaces apart, a rule under the header. */
function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  const right = new Set([4, 5, 6, 7]);
  const format = (row: string[]): string =>
    row
      .map((cell, c) => (right.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  return [format(header ?? []), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(format)];
}
