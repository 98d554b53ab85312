/**
 * "The article's own example" of summary.md and index.html, from the python suite of this run: the
 * interpreter, the article's three calls under asyncio.gather and one by one against max(d) and
 * sum(d), the verdict of `python.article-slowest` with its evidence, then the io batch and the CPU
 * advice in Python (the shared result rows, a few of their columns). A skipped suite is one line; no
 * python suite, no section. Defined once as blocks of data (`pythonSection`); each reporter only
 * renders them (`formatPythonSection` here for Markdown, html.ts for HTML).
 */
import type { Claim, Result, ResultsFile, Suite } from '../results/schema.js';
import { formatMs } from './format.js';
import { claimMark, resultRow, resultTableColumns, type ResultColumn, type ResultRow } from './rows.js';

/** A block of the section: a paragraph, a verdict, or a table (its cells text, its figures right-aligned). */
export type SectionBlock =
  | { kind: 'text'; text: string }
  | { kind: 'verdict'; id: string; mark: '✔' | '✘' | '?'; statement: string; evidence: string }
  | { kind: 'table'; id: string; columns: string[]; numeric: boolean[]; rows: string[][] };

export interface PythonSection {
  title: string;
  blocks: SectionBlock[];
}

export const PYTHON_SECTION_TITLE = "The article's own example";
const CLAIM_ID = 'python.article-slowest';

/** What each way is, in Python's words, from the result's params. */
const WAYS: Record<string, (p: Result['params'], article: boolean, workload: Result['workload']) => string> = {
  sequential: (_p, article, workload) => (article ? 'the same three awaited one by one' : workload === 'cpu' ? 'one after another' : 'awaited one by one'),
  concurrent: (_p, article, workload) => (article ? "asyncio.gather (the article's code)" : workload === 'cpu' ? 'asyncio.gather of coroutines' : 'asyncio.gather'),
  bounded: (p) => `asyncio.Semaphore(${p.concurrency ?? '?'}) + gather`,
  'to-thread': (p) => `asyncio.to_thread, default executor (${p.threads ?? '?'} threads)`,
  'thread-pool': (p) => `ThreadPoolExecutor(${p.workers ?? '?'})`,
  'process-pool': (p) => `ProcessPoolExecutor(${p.workers ?? '?'})`,
};

function wayOf(r: Result, article: boolean): string {
  const way = WAYS[r.strategy]?.(r.params, article, r.workload) ?? r.strategy;
  const io = r.workload === 'io' && r.strategy === 'thread-pool' ? ', blocking httpx.Client' : '';
  const startup = r.state === 'completed' && r.poolStartupMs !== undefined ? ` (start-up ${formatMs(r.poolStartupMs)}, not timed)` : '';
  return `${way}${io}${startup}`;
}

/** `CPython 3.11.2, GIL on`, from a python result's params (`Python` without one). */
export function interpreterText(r: Pick<Result, 'params'> | undefined): string {
  if (!r) return 'Python';
  const { implementation, python, gil } = r.params;
  const impl = implementation === 'cpython' ? 'CPython' : implementation === 'pypy' ? 'PyPy' : String(implementation ?? 'Python');
  return `${impl} ${python ?? '?'}${gil !== undefined ? `, GIL ${gil}` : ''}`;
}

/** `100, 200 and 300 ms` from `100,200,300`. */
function delaysText(list: string | number | undefined): string {
  const d = String(list ?? '').split(',').filter((s) => s !== '');
  if (d.length === 0) return '? ms';
  return `${d.length > 1 ? `${d.slice(0, -1).join(', ')} and ${d.at(-1)}` : d[0]} ms`;
}

/**
 * A table of results through the shared row builder: the shared columns of `fields`, in that order,
 * with a `Way` column (what the strategy is in Python) after the names (workload, strategy), or first.
 */
function resultTable(id: string, suite: Suite, results: Result[], fields: ReadonlyArray<ResultColumn['field']>, article: boolean): SectionBlock {
  const rows: ResultRow[] = results.map((r) => resultRow(suite, r));
  const shared = resultTableColumns(rows);
  const columns = fields.map((f) => shared.find((c) => c.field === f)).filter((c): c is ResultColumn => c !== undefined);
  const at = columns.filter((c) => c.field === 'workload' || c.field === 'strategy').length;
  const withWay = <T>(cells: T[], way: T): T[] => [...cells.slice(0, at), way, ...cells.slice(at)];
  return {
    kind: 'table',
    id,
    columns: withWay(columns.map((c) => c.header), 'Way'),
    numeric: withWay(columns.map((c) => c.numeric), false),
    rows: rows.map((row, i) => withWay(columns.map((c) => c.text(row)), wayOf(results[i] as Result, article))),
  };
}

/** The section of this run, or null when it has no python suite. Pure. */
export function pythonSection(results: ResultsFile): PythonSection | null {
  const suite = results.suites.find((s) => s.name === 'python');
  if (!suite) return null;
  const section = (blocks: SectionBlock[]): PythonSection => ({ title: PYTHON_SECTION_TITLE, blocks });
  const skipped = suite.params.skipped;
  if (typeof skipped === 'string') return section([{ kind: 'text', text: `The python suite was skipped: ${skipped}.` }]);
  if (suite.results.length === 0) {
    const why = suite.error ? ` (${suite.error.name}: ${suite.error.message})` : '';
    return section([{ kind: 'text', text: `The python suite has no results in this run: it ${suite.state === 'completed' ? 'recorded none' : suite.state}${why}.` }]);
  }
  const blocks: SectionBlock[] = [];
  const article = suite.results.filter((r) => r.point.calls === 3 && r.workload === 'io');
  const batches = suite.results.filter((r) => Object.keys(r.point).length === 0);
  const first = article[0] ?? suite.results[0];
  if (article.length === 0) {
    blocks.push({ kind: 'text', text: `${interpreterText(first)}: the article's example has no result in this run.` });
  } else {
    blocks.push({
      kind: 'text',
      text: `The article's code as written, run by ${interpreterText(first)}: httpx.AsyncClient against the I/O server, three calls of ${delaysText(first?.params.delaysMs)}, under asyncio.gather and then awaited one by one; ideal max(d) = ${first?.params.maxDelayMs ?? '?'} ms and sum(d) = ${first?.params.sumDelayMs ?? '?'} ms.`,
    });
    const ordered = ['concurrent', 'sequential'].flatMap((s) => article.filter((r) => r.strategy === s));
    blocks.push(resultTable('python-article', suite, ordered, ['median', 'ci', 'ideal', 'efficiency'], true));
  }
  const claim: Claim | undefined = results.claims.find((c) => c.id === CLAIM_ID);
  blocks.push(
    claim
      ? { kind: 'verdict', id: claim.id, mark: claimMark(claim), statement: claim.statement, evidence: claim.evidence }
      : { kind: 'text', text: `The claim ${CLAIM_ID} was not decided in this run.` },
  );
  if (batches.length > 0) {
    blocks.push({ kind: 'text', text: "The io and cpu suites' batches in Python, each way against Python's own sequential:" });
    blocks.push(resultTable('python-batches', suite, batches, ['workload', 'strategy', 'median', 'speedup', 'ideal', 'efficiency', 'taskErrors'], false));
  }
  return section(blocks);
}
