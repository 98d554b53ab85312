/**
 * summary.md: the run at a glance for a pull request or a CI job summary ($GITHUB_STEP_SUMMARY):
 * warnings first, the headline finding and chart, the claims with ✔/✘ and evidence, a results table
 * per suite, every chart by relative path, and the run's context.
 */
import type { ResultsFile } from '../results/schema.js';
import { chartsFor, type ChartDefinition } from './charts/index.js';
import { headlineFinding } from './charts/headline.js';
import { anyExtrapolated, CI_NOTE, claimMark, contextRows, EXTRAPOLATED_NOTE, resultRow, resultTableColumns, runWarnings } from './rows.js';
import { pythonSection } from './python-section.js';
import { formatWhenToUse } from './when-to-use.js';

/**
 * Text safe in Markdown (table cells too): pipes and emphasis marks escaped (`N*d = 100*50` must not
 * turn italic), no HTML, no newlines.
 */
export function mdCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`~[\]]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** A Markdown table: the header as given, every cell through mdCell. */
export function tableLines(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)];
}

/** The Markdown report; `charts` defaults to the charts this run gets from the registry. */
export function formatMarkdown(results: ResultsFile, charts: readonly ChartDefinition[] = chartsFor(results)): string {
  const out: string[] = ['# asyncbench results', ''];
  const warnings = runWarnings(results);
  if (warnings.length > 0) {
    out.push(...warnings.map((w) => `> ⚠️ ${mdCell(w)}`), '');
  }
  out.push(`**${mdCell(headlineFinding(results))}**`, '');
  const headline = charts.find((c) => c.file === 'headline.png');
  if (headline) out.push(`![${headline.caption}](${headline.file})`, '');

  out.push('## Claims', '');
  if (results.claims.length === 0) {
    out.push('No claims were decided in this run.', '');
  } else {
    out.push(
      ...tableLines(
        ['', 'Claim', 'Evidence', 'Rule'],
        results.claims.map((c) => [claimMark(c), c.statement, c.evidence, c.rule]),
      ),
      '',
      '✔ holds · ✘ does not hold · ? not decided (its evidence says why: a suite missing or errored, a busy machine, or a machine without what the claim needs)',
      '',
    );
  }

  out.push(...[formatWhenToUse(results), formatPythonSection(results)].filter((section) => section !== ''));
  out.push('## Results', '');
  if (results.suites.length === 0) out.push('No suite ran.', '');
  for (const suite of results.suites) {
    const state = suite.state === 'completed' ? '' : ` (${suite.state})`;
    out.push(`### ${mdCell(`${suite.name}: ${suite.title}${state}`)}`, '');
    if (suite.error) out.push(mdCell(`Suite error: ${suite.error.name}: ${suite.error.message}`), '');
    if (suite.results.length === 0) {
      out.push(typeof suite.params.skipped === 'string' ? mdCell(`Skipped: ${suite.params.skipped}`) : 'No results.', '');
      continue;
    }
    const rows = suite.results.map((r) => resultRow(suite, r));
    const columns = resultTableColumns(rows);
    out.push(
      ...tableLines(
        columns.map((c) => c.header),
        rows.map((r) => columns.map((c) => c.text(r))),
      ),
      '',
    );
  }
  if (results.suites.some((s) => s.results.length > 0)) out.push(mdCell(CI_NOTE), '');
  if (anyExtrapolated(results)) out.push(mdCell(EXTRAPOLATED_NOTE), '');

  const others = charts.filter((c) => c.file !== 'headline.png');
  if (others.length > 0) {
    out.push('## Charts', '');
    for (const chart of others) out.push(`![${chart.caption}](${chart.file})`, '');
  }

  const c = results.context;
  out.push(
    '## Context',
    '',
    ...tableLines(
      ['', ''],
      contextRows(c),
    ),
    '',
  );
  return out.join('\n');
}

/** "The article's own example" (python-section.ts) as Markdown; empty without a python suite. */
export function formatPythonSection(results: ResultsFile): string {
  const section = pythonSection(results);
  if (!section) return '';
  const out = [`## ${mdCell(section.title)}`, ''];
  for (const block of section.blocks) {
    if (block.kind === 'text') out.push(mdCell(block.text), '');
    else if (block.kind === 'verdict') out.push(`${block.mark} **${mdCell(block.statement)}**: ${mdCell(block.evidence)}`, '');
    else out.push(...tableLines(block.columns, block.rows), '');
  }
  return out.join('\n');
}
