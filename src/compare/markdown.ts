/**
 * Markdown exporter, for a PR comment or `$GITHUB_STEP_SUMMARY`: outcome, context differences and the
 * rule first, then regressions, then the rest; unchanged metrics folded in a <details>. Returns text.
 */
import type { Comparison, MetricComparison } from './compare.js';
import { byVerdict, formatCi, formatN, formatP, formatPct, formatMetricValue, outcomeLine, testbedLine } from './format.js';

const HEADER = '| Verdict | Metric | Baseline | Current | Change | CI of change, coverage | n | p | Gated |\n|---|---|---|---|---|---|---|---|---|';

function row(m: MetricComparison): string {
  const plain = m.verdict === 'regressed' ? `**${m.verdict}**` : m.verdict;
  const verdict = m.note ? `${plain} (${m.note.replace(/\|/g, '\\|')})` : plain;
  const cells = [
    verdict,
    `\`${m.key}\` ${m.metric}`,
    formatMetricValue(m.baseline.value, m.unit),
    formatMetricValue(m.current.value, m.unit),
    formatPct(m.changePct),
    formatCi(m),
    m.baseline.n === m.current.n && m.baseline.of === m.current.of ? formatN(m.baseline) : `${formatN(m.baseline)} / ${formatN(m.current)}`,
    formatP(m.p),
    m.gated ? 'yes' : 'no',
  ];
  return `| ${cells.join(' | ')} |`;
}

const list = (ids: readonly string[]): string => ids.map((id) => `\`${id}\``).join(', ');

/** The comparison as GitHub-flavoured Markdown. */
export function toMarkdown(c: Comparison): string {
  const out: string[] = [];
  out.push(`## asyncbench compare: ${c.failed ? 'regression' : 'no regression'}`, '');
  out.push(`**${outcomeLine(c)}**`, '');
  out.push(`Baseline: ${c.baseline.label} · Current: ${c.current.label}`, '');
  out.push(testbedLine(c), '');
  if (c.contextDifferences.length > 0) {
    out.push('> [!WARNING]', '> The two runs ran in different contexts; absolute times and throughputs are not comparable:');
    for (const d of c.contextDifferences) out.push(`> - ${d}`);
    out.push('');
  }
  out.push(`Rule: ${c.rule}`, '');
  const sortedMetrics = byVerdict(c.metrics);
  const shown = sortedMetrics.filter((m) => m.verdict !== 'unchanged');
  const folded = sortedMetrics.filter((m) => m.verdict === 'unchanged');
  if (shown.length > 0) out.push(HEADER, ...shown.map(row), '');
  if (folded.length > 0) {
    out.push(`<details><summary>${folded.length} unchanged</summary>`, '', HEADER, ...folded.map(row), '', '</details>', '');
  }
  if (c.metrics.length === 0) out.push('No metric is present in both files.', '');
  if (c.onlyInBaseline.length > 0) out.push(`Only in baseline (not compared): ${list(c.onlyInBaseline)}`, '');
  if (c.onlyInCurrent.length > 0) out.push(`Only in current (not compared): ${list(c.onlyInCurrent)}`, '');
  for (const e of c.errored) out.push(`- Errored in ${e.side}: \`${e.key}\`: ${e.message}`);
  if (c.errored.length > 0) out.push('');
  return `${out.join('\n').trimEnd()}\n`;
}
