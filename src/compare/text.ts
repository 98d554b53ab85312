/** Text exporter: the table compare prints on stdout. Returns the text, never writes. */
import type { Comparison } from './compare.js';
import { byVerdict, formatCi, formatN, formatP, formatPct, formatMetricValue, metricLabel, outcomeLine, testbedLine } from './format.js';

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd());
}

/** The comparison as a plain-text report. */
export function toText(c: Comparison): string {
  const lines: string[] = [];
  lines.push(`asyncbench compare: ${c.baseline.label} -> ${c.current.label}`);
  lines.push(`${c.baseline.testbed.key === c.current.testbed.key ? '' : '! '}${testbedLine(c)}`);
  for (const d of c.contextDifferences) lines.push(`! context: ${d} (absolute times are not comparable across machines)`);
  lines.push(`rule: ${c.rule}`);
  lines.push('');
  const rows = [['verdict', 'metric', 'baseline', 'current', 'change', 'CI of change, coverage', 'n', 'p', 'gate', 'why']];
  for (const m of byVerdict(c.metrics)) {
    rows.push([
      m.verdict === 'regressed' && m.gated ? 'REGRESSED' : m.verdict,
      metricLabel(m),
      formatMetricValue(m.baseline.value, m.unit),
      formatMetricValue(m.current.value, m.unit),
      formatPct(m.changePct),
      formatCi(m),
      m.baseline.n === m.current.n && m.baseline.of === m.current.of ? formatN(m.baseline) : `${formatN(m.baseline)} / ${formatN(m.current)}`,
      formatP(m.p),
      m.gated ? 'gated' : '-',
      m.note ?? '',
    ]);
  }
  if (c.metrics.length > 0) lines.push(...table(rows));
  else lines.push('no metric is present in both files');
  if (c.onlyInBaseline.length > 0) lines.push('', `only in ${c.baseline.label}: ${c.onlyInBaseline.join(', ')}`);
  if (c.onlyInCurrent.length > 0) lines.push('', `only in ${c.current.label}: ${c.onlyInCurrent.join(', ')}`);
  for (const e of c.errored) lines.push(`errored in ${e.side === 'baseline' ? c.baseline.label : c.current.label}: ${e.key}: ${e.message}`);
  lines.push('', outcomeLine(c));
  return `${lines.join('\n')}\n`;
}
