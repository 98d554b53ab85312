/**
 * index.html: one self-contained page a person opens from disk, or copies or downloads alone. Inline
 * CSS, no script, no font or network request of any kind; each chart inlined as a `data:image/png`
 * URI from the bytes renderReport rendered (by relative path only when no bytes are given); every
 * text from results.json escaped. Accessible: a `main` landmark, `th` with `scope`, and alt texts that
 * give each chart's figures (chartAlt), not its caption again.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../results/schema.js';
import { chartAlt } from './charts/alt.js';
import { CHART_HEIGHT, CHART_WIDTH } from './charts/config.js';
import { chartsFor, type ChartDefinition } from './charts/index.js';
import { headlineFinding } from './charts/headline.js';
import { anyExtrapolated, CI_NOTE, claimMark, contextRows, EXTRAPOLATED_NOTE, resultRow, resultTableColumns, runWarnings } from './rows.js';
import { contextFooter, formatRunDate } from './context-text.js';
import { colorFor } from './palette.js';
import { pythonSection, type PythonSection } from './python-section.js';
import { whenToUse, type WhenToUseTable } from './when-to-use.js';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
body { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1f2328; background: #fff; margin: 0 auto; max-width: 1240px; padding: 24px; line-height: 1.45; }
h1 { margin: 0 0 4px; } .context { color: #4b5563; margin: 0 0 16px; }
.warnings { background: #fef3c7; border-left: 4px solid #d97706; padding: 8px 16px; margin: 16px 0; }
.finding { font-size: 1.25em; font-weight: bold; margin: 16px 0 8px; }
figure { margin: 16px 0 28px; } figure img { max-width: 100%; height: auto; border: 1px solid #e5e7eb; }
figcaption { color: #4b5563; font-size: 0.9em; }
table { border-collapse: collapse; margin: 8px 0 20px; font-size: 0.92em; }
th, td { border: 1px solid #e5e7eb; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f9fafb; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.errored td { color: #b91c1c; }
tr.extrapolated td { font-style: italic; color: #4b5563; }
.mark { font-weight: bold; font-size: 1.1em; } .holds { color: #15803d; } .fails { color: #b91c1c; } .undecided { color: #b45309; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** Chart images by file name (`headline.png`): the PNG bytes renderReport rendered. */
export type ChartImages = ReadonlyMap<string, Uint8Array>;

/** The `src` of a chart: its bytes as a data URI, so the page needs no other file; else its relative path. */
function imageSource(file: string, images: ChartImages): string {
  const bytes = images.get(file);
  return bytes ? `data:image/png;base64,${Buffer.from(bytes).toString('base64')}` : file;
}

/**
 * A chart as a `figure`: its PNG inlined (or linked), its alt text the figures of `config` (chartAlt),
 * its caption under it; the figure's id is the file name without `.png`.
 */
export function figureHtml(chart: Pick<ChartDefinition<unknown>, 'file' | 'caption'>, config: ChartConfiguration, images: ChartImages): string {
  const e = escapeHtml;
  return `<figure id="${e(chart.file.replace(/\.png$/, ''))}"><img src="${e(imageSource(chart.file, images))}" alt="${e(chartAlt(config))}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}"><figcaption>${e(chart.caption)}</figcaption></figure>`;
}

/** The "When to use which" section (h2, intro, table, conclusion), fastest median in bold; shares are row headers. */
function whenToUseHtml(table: WhenToUseTable): string {
  const e = escapeHtml;
  const head = table.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell, i) => {
      if (i === 0) return `<th scope="row">${e(cell)}</th>`;
      const content = i === row.best ? `<strong>${e(cell)}</strong>` : e(cell);
      // The medians: right-aligned numbers.
      return `<td${table.numericColumns.includes(i) ? ' class="num"' : ''}>${content}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return [
    `<h2>${e(table.title)}</h2>`,
    `<p>${e(table.intro)}</p>`,
    `<table id="when-to-use"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    `<p>${e(table.conclusion)}</p>`,
  ].join('\n');
}

/** "The article's own example" (python-section.ts): its paragraphs, verdict and tables. */
function pythonSectionHtml(section: PythonSection): string {
  const e = escapeHtml;
  const blocks = section.blocks.map((block) => {
    if (block.kind === 'text') return `<p>${e(block.text)}</p>`;
    if (block.kind === 'verdict') {
      const cls = block.mark === '✔' ? 'holds' : block.mark === '✘' ? 'fails' : 'undecided';
      return `<p class="claim" data-id="${e(block.id)}"><span class="mark ${cls}">${block.mark}</span> <strong>${e(block.statement)}</strong>: ${e(block.evidence)}</p>`;
    }
    const head = block.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('');
    const rows = block.rows.map((row) => `<tr>${row.map((cell, i) => `<td${block.numeric[i] ? ' class="num"' : ''}>${e(cell)}</td>`).join('')}</tr>`);
    return `<table id="${e(block.id)}"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  });
  return [`<h2 id="article-example">${e(section.title)}</h2>`, ...blocks].join('\n');
}

/**
 * The HTML report; `charts` defaults to the charts this run gets from the registry, and `images`
 * holds their PNG bytes by file name (inlined; a chart without bytes is linked by relative path).
 * Pure: it reads no file.
 */
export function formatHtml(
  results: ResultsFile,
  charts: readonly ChartDefinition[] = chartsFor(results),
  images: ChartImages = new Map(),
): string {
  const e = escapeHtml;
  const parts: string[] = [];
  const warnings = runWarnings(results);
  if (warnings.length > 0) {
    parts.push(`<div class="warnings" id="warnings"><ul>${warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul></div>`);
  }
  parts.push(`<p class="finding">${e(headlineFinding(results))}</p>`);
  const figure = (chart: ChartDefinition): string => figureHtml(chart, chart.config(results), images);
  const headline = charts.find((c) => c.file === 'headline.png');
  if (headline) parts.push(figure(headline));

  parts.push('<h2>Claims</h2>');
  if (results.claims.length === 0) {
    parts.push('<p>No claims were decided in this run.</p>');
  } else {
    const rows = results.claims.map((c) => {
      const mark = claimMark(c);
      const cls = mark === '✔' ? 'holds' : mark === '✘' ? 'fails' : 'undecided';
      return `<tr class="claim" data-id="${e(c.id)}"><td class="mark ${cls}">${mark}</td><td>${e(c.statement)}</td><td>${e(c.evidence)}</td><td><code>${e(c.rule)}</code></td></tr>`;
    });
    parts.push(`<table id="claims"><thead><tr><th scope="col"><span class="visually-hidden">Verdict</span></th><th scope="col">Claim</th><th scope="col">Evidence</th><th scope="col">Rule</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    parts.push('<p class="context">✔ holds · ✘ does not hold · ? not decided (its evidence says why: a suite missing or errored, a busy machine, or a machine without what the claim needs)</p>');
  }

  const table = whenToUse(results);
  if (table) parts.push(whenToUseHtml(table));

  const python = pythonSection(results);
  if (python) parts.push(pythonSectionHtml(python));

  parts.push('<h2>Results</h2>');
  if (results.suites.length === 0) parts.push('<p>No suite ran.</p>');
  for (const suite of results.suites) {
    const state = suite.state === 'completed' ? '' : ` (${suite.state})`;
    parts.push(`<h3>${e(`${suite.name}: ${suite.title}${state}`)}</h3>`);
    if (suite.error) parts.push(`<p class="fails">Suite error: ${e(`${suite.error.name}: ${suite.error.message}`)}</p>`);
    if (suite.results.length === 0) {
      parts.push(typeof suite.params.skipped === 'string' ? `<p>${e(`Skipped: ${suite.params.skipped}`)}</p>` : '<p>No results.</p>');
      continue;
    }
    const resultRows = suite.results.map((r) => resultRow(suite, r));
    const columns = resultTableColumns(resultRows);
    const rows = resultRows.map((row) => {
      const swatch = `<span class="swatch" aria-hidden="true" style="background:${colorFor(row.strategy)}"></span>`;
      const td = columns
        .map((c) => `<td${c.numeric ? ' class="num"' : ''}>${c.field === 'strategy' ? swatch : ''}${e(c.text(row))}</td>`)
        .join('');
      return `<tr${row.errored ? ' class="errored"' : row.extrapolated ? ' class="extrapolated"' : ''}>${td}</tr>`;
    });
    parts.push(`<table><thead><tr>${columns.map((c) => `<th scope="col">${c.header}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
  }
  if (results.suites.some((s) => s.results.length > 0)) parts.push(`<p class="context">${e(CI_NOTE)}</p>`);
  if (anyExtrapolated(results)) parts.push(`<p class="context">${e(EXTRAPOLATED_NOTE)}</p>`);

  const others = charts.filter((c) => c.file !== 'headline.png');
  if (others.length > 0) parts.push('<h2>Charts</h2>', ...others.map(figure));

  const c = results.context;
  const context = contextRows(c);
  parts.push('<h2>Context</h2>', `<table id="context"><tbody>${context.map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</tbody></table>`);

  // Only data: when every chart is inlined: the page then loads nothing else, even from its folder.
  const inlined = charts.every((chart) => images.has(chart.file));
  return htmlPage({ title: `asyncbench results · ${formatRunDate(c.startedAt)}`, heading: 'asyncbench results', subtitle: contextFooter(c), body: parts.join('\n'), inlined });
}

/** What htmlPage() puts around a report's body. */
export interface HtmlPage {
  /** The `<title>`, as text. */
  title: string;
  /** The `<h1>`, as text. */
  heading: string;
  /** The line under the heading, as text. */
  subtitle: string;
  /** The page's content after the subtitle: HTML, its texts already escaped. */
  body: string;
  /** Every image is a data URI: the page may then load nothing else, even from its folder. */
  inlined: boolean;
  /** Rules added after the house CSS. @default '' */
  css?: string;
}

/**
 * A whole self-contained page in the house look (inline CSS, no script, a Content-Security-Policy
 * that allows nothing but the inline style and the images): index.html of a run, and of a merge.
 */
export function htmlPage(page: HtmlPage): string {
  const e = escapeHtml;
  const imgSrc = page.inlined ? 'data:' : "'self' file: data:";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${imgSrc}; style-src 'unsafe-inline'">
<title>${e(page.title)}</title>
<style>${CSS}${page.css ?? ''}</style>
</head>
<body>
<main>
<h1>${e(page.heading)}</h1>
<p class="context">${e(page.subtitle)}</p>
${page.body}
</main>
</body>
</html>
`;
}
