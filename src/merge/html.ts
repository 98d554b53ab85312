/**
 * index.html of a merge: one self-contained page in the house look (src/report/html.ts: the same page,
 * CSS, escaping and figures, PNGs inlined): the finding, the machines table, the claims matrix with
 * each cell's evidence under its mark (differing claims first, tinted), and the charts. Pure.
 */
import { type ChartImages, escapeHtml, figureHtml, htmlPage } from '../report/html.js';
import { claimMark } from '../report/rows.js';
import { cellEvidence } from './claims.js';
import { MERGE_CHARTS, type MergeChartDefinition } from './charts/index.js';
import type { ClaimCell, ClaimRow, MergedFile } from './merged.js';
import { DIFFERS_MARK, MACHINE_COLUMNS, MARKS_NOTE, machineRow, mergeFinding, mergeFooter } from './rows.js';

const CSS = `
.matrix { overflow-x: auto; }
#claims-matrix th[scope="row"] { font-weight: normal; min-width: 200px; }
#claims-matrix td { min-width: 130px; } #claims-matrix td.differs-mark { min-width: 0; width: 1em; }
tr.differs { background: #fffbeb; }
.evidence { display: block; font-size: 0.82em; color: #4b5563; margin-top: 2px; }
`;

const MARK_CLASS = { '✔': 'holds', '✘': 'fails', '?': 'undecided' } as const;

function cellHtml(cell: ClaimCell): string {
  const mark = claimMark(cell);
  return `<td><span class="mark ${MARK_CLASS[mark]}">${mark}</span><span class="evidence">${escapeHtml(cellEvidence(cell))}</span></td>`;
}

function claimRowHtml(claim: ClaimRow): string {
  const e = escapeHtml;
  const differs = claim.differs ? `<span title="differs across machines">${DIFFERS_MARK}</span>` : '';
  return `<tr class="claim${claim.differs ? ' differs' : ''}" data-id="${e(claim.id)}"><td class="mark differs-mark">${differs}</td><th scope="row">${e(claim.statement)}<span class="evidence"><code>${e(claim.id)}</code></span></th>${claim.cells.map(cellHtml).join('')}</tr>`;
}

/** The merged report's page; `images` holds the charts' PNG bytes by file name (inlined). */
export function formatMergeHtml(merged: MergedFile, charts: readonly MergeChartDefinition[] = MERGE_CHARTS, images: ChartImages = new Map()): string {
  const e = escapeHtml;
  const parts: string[] = [`<p class="finding">${e(mergeFinding(merged))}</p>`, '<h2>Machines</h2>'];
  const head = MACHINE_COLUMNS.map((c) => `<th scope="col">${e(c)}</th>`).join('');
  const rows = merged.machines.map((m) => {
    const [label, ...cells] = machineRow(m);
    return `<tr><th scope="row">${e(label ?? '')}</th>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`;
  });
  parts.push(`<table id="machines"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
  parts.push('<h2>Claims</h2>');
  if (merged.claims.length === 0) {
    parts.push('<p>No run decided any claim.</p>');
  } else {
    const machines = merged.machines.map((m) => `<th scope="col">${e(m.label)}</th>`).join('');
    const head = `<tr><th scope="col"><span class="visually-hidden">Differs</span></th><th scope="col">Claim</th>${machines}</tr>`;
    parts.push(`<div class="matrix"><table id="claims-matrix"><thead>${head}</thead><tbody>${merged.claims.map(claimRowHtml).join('')}</tbody></table></div>`);
    parts.push(`<p class="context">${e(MARKS_NOTE)}</p>`);
  }
  if (charts.length > 0) parts.push('<h2>Charts</h2>', ...charts.map((chart) => figureHtml(chart, chart.config(merged), images)));
  const inlined = charts.every((chart) => images.has(chart.file));
  return htmlPage({ title: `asyncbench across machines · ${mergeFinding(merged)}`, heading: 'asyncbench across machines', subtitle: mergeFooter(merged), body: parts.join('\n'), inlined, css: CSS });
}
