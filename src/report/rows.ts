/**
 * What summary.md, index.html and the terminal table all show, computed once: the warnings of a run
 * (interrupted, errored suites and results, missing suites), one row per result, the claim marks.
 */
import { LOAD_RULES } from '../model/load-claims.js';
import { isCrowded } from '../results/crowding.js';
import { busyNotice } from './busy.js';
import type { Claim, Result, ResultsFile, Suite } from '../results/schema.js';
import { formatRunDate } from './context-text.js';
import { formatBytes, formatCiHalfWidth, formatCiRange, formatMs, formatPercent, formatPoint, formatSpeedup, formatResultValue } from './format.js';

/** ✔ holds, ✘ does not, ? undecided (its data is missing). */
export function claimMark(claim: Pick<Claim, 'holds'>): '✔' | '✘' | '?' {
  return claim.holds === true ? '✔' : claim.holds === false ? '✘' : '?';
}

/** The suites the run meant to run (from `context.options.suites` when it is a list of names). */
function plannedSuites(results: ResultsFile): string[] {
  const planned = results.context.options?.suites;
  return Array.isArray(planned) ? planned.filter((s): s is string => typeof s === 'string') : [];
}

/** Everything a reader must know before trusting the numbers, one sentence each; empty when clean. */
export function runWarnings(results: ResultsFile): string[] {
  const warnings: string[] = [];
  const crowded: string[] = [];
  const busy = busyNotice(results);
  if (busy) warnings.push(busy);
  if (results.status === 'interrupted') warnings.push('This run was interrupted: results are partial.');
  if (results.status === 'running') warnings.push('This run had not finished when this report was made: results are partial.');
  const present = new Set(results.suites.map((s) => s.name));
  const missing = plannedSuites(results).filter((name) => !present.has(name));
  if (missing.length > 0) warnings.push(`Suite${missing.length === 1 ? '' : 's'} not run: ${missing.join(', ')}.`);
  for (const suite of results.suites) {
    if (suite.state === 'errored') {
      const why = suite.error ? `${suite.error.name}: ${suite.error.message}` : 'no error recorded';
      warnings.push(`Suite ${suite.name} errored (${why}).`);
    } else if (suite.state === 'interrupted') {
      warnings.push(`Suite ${suite.name} was interrupted.`);
    }
    for (const r of suite.results) {
      if (r.state === 'completed' && isCrowded(r, r.workload, results.context.cpu.cores)) {
        crowded.push(`${resultLabel(suite.name, r)} (${(r.otherCpu ?? 0).toFixed(1)})`);
      }
      if (r.state === 'errored') {
        warnings.push(`${resultLabel(suite.name, r)} errored: ${r.error.name}: ${r.error.message}`);
      } else if (r.taskErrors > 0) {
        const first = r.firstTaskError ? ` (first: ${r.firstTaskError.name}: ${r.firstTaskError.message})` : '';
        warnings.push(`${resultLabel(suite.name, r)}: ${r.taskErrors} task error${r.taskErrors === 1 ? '' : 's'}${first}.`);
      }
    }
  }
  const unfair = results.suites.flatMap((suite) =>
    suite.results.flatMap((r) => {
      const share = r.state === 'completed' ? r.load?.fairness?.starvedShare : undefined;
      return share !== undefined && share >= LOAD_RULES.starvedFindingShare ? [`${resultLabel(suite.name, r)} (${Math.round(share * 100)}%)`] : [];
    }),
  );
  if (unfair.length > 0) {
    warnings.push(
      `Connections were not served evenly at ${unfair.join(', ')}: that share of them got less than half their fair share of answers in the window. The latency claim reads the mean wait, unfinished requests included; a p50 there understates it.`,
    );
  }
  if (crowded.length > 0) {
    warnings.push(
      `Short of CPU beside other processes (their threads waited for a core; in brackets, the cores the others held): ${crowded.join(', ')}. They understate this machine, and compare leaves them out of its verdicts.`,
    );
  }
  return warnings;
}

/** One result as text cells. Errored results carry their error in `median` and dashes elsewhere. */
export interface ResultRow {
  suite: string;
  workload: string;
  strategy: string;
  point: string;
  median: string;
  /** Relative half-width of the CI of the median, `±2.0%`, its level when below 95% (`±2.0% (94%)`), `n=1` for one sample. */
  plusMinus: string;
  /** The CI of the median, `4.95 s – 5.25 s`, with the same level note or `n=1`. */
  ci: string;
  speedup: string;
  ideal: string;
  efficiency: string;
  eventLoopP99: string;
  /** Peak sockets of the client carrying a call (scaling I/O points), else ''. */
  socketsPeak: string;
  /** Peak RSS of the bench process, `142 MiB` (scaling I/O points), else ''. */
  rssPeak: string;
  taskErrors: string;
  /** `Name: message` of an errored result, else null. */
  error: string | null;
  errored: boolean;
  /** Not run: its time is extrapolated (the median reads `51.2 s (extrapolated)`). */
  extrapolated: boolean;
}

export function resultRow(suite: Suite, r: Result): ResultRow {
  const base = { suite: suite.name, workload: r.workload, strategy: r.strategy, point: formatPoint(r.point) };
  if (r.state === 'errored') {
    return {
      ...base,
      median: 'errored',
      plusMinus: '–',
      ci: '–',
      speedup: '–',
      ideal: '–',
      efficiency: '–',
      eventLoopP99: '–',
      socketsPeak: '',
      rssPeak: '',
      taskErrors: '–',
      error: `${r.error.name}: ${r.error.message}`,
      errored: true,
      extrapolated: false,
    };
  }
  const extrapolated = r.extrapolated !== undefined;
  return {
    ...base,
    median: `${formatResultValue(r.stats.median, r.unit)}${extrapolated ? ' (extrapolated)' : ''}`,
    plusMinus: formatCiHalfWidth(r),
    ci: formatCiRange(r),
    speedup: formatSpeedup(r.speedup),
    ideal: `${formatResultValue(r.ideal, r.unit)} (${r.idealFormula})`,
    efficiency: formatPercent(r.efficiency),
    eventLoopP99: r.eventLoopDelay ? formatMs(r.eventLoopDelay.p99) : '–',
    socketsPeak: r.resources ? String(r.resources.socketsInUsePeak) : '',
    rssPeak: r.resources ? formatBytes(r.resources.rssPeakBytes) : '',
    taskErrors: String(r.taskErrors),
    error: null,
    errored: false,
    extrapolated,
  };
}

/** The fields of a ResultRow that are cell text. */
type TextField = { [K in keyof ResultRow]: ResultRow[K] extends string ? K : never }[keyof ResultRow];

/** One column of a results table: which field, its header, and whether it holds a figure. */
export interface ResultColumn {
  field: TextField;
  header: string;
  /** A figure, right-aligned; false for text (names, the ideal with its formula). */
  numeric: boolean;
  /** The cell's text for a row. */
  text(row: ResultRow): string;
  /** Shown only when some row has a text in it (a suite without sweep points has no `Point`). */
  optional?: boolean;
}

/** A column showing `row[field]` as it is. */
export function column(field: TextField, header: string, numeric = false): ResultColumn {
  return { field, header, numeric, text: (row) => row[field] };
}

/** The results table of summary.md and index.html, one per suite; an errored result's median cell says why. */
const RESULT_TABLE: readonly ResultColumn[] = [
  column('workload', 'Workload'),
  column('strategy', 'Strategy'),
  { ...column('point', 'Point'), optional: true },
  { ...column('median', 'Median', true), text: (row) => (row.error ? `errored: ${row.error}` : row.median) },
  column('ci', 'CI of median', true),
  column('speedup', 'Speedup', true),
  column('ideal', 'Ideal'),
  column('efficiency', 'Efficiency', true),
  column('eventLoopP99', 'Event-loop p99', true),
  { ...column('socketsPeak', 'Sockets in use (peak)', true), optional: true },
  { ...column('rssPeak', 'Peak RSS', true), optional: true },
  column('taskErrors', 'Task errors', true),
];

/**
 * What the CI figures mean, said once after the results tables of summary.md and index.html: the
 * headers no longer name a level, so the reader learns here that a figure without one reached 95%.
 */
export const CI_NOTE =
  'CI of median: distribution-free (order statistics), covering 95% or more unless a lower coverage is shown beside it (fewer than 6 samples); n=1: a single sample, no interval.';

/**
 * Said once after the results tables when a result is extrapolated: what the mark means. The
 * scaling suite's rule for it is in bench/scaling.ts (planIoSweep) and docs/reports.md.
 */
export const EXTRAPOLATED_NOTE =
  'extrapolated: not run; N × the one-call time of the largest sequential batch run whole in the same run, because a whole batch there would not fit the time budget. compare leaves these out.';

/** Whether any result of the run is extrapolated (the reports then say what the mark means). */
export function anyExtrapolated(results: ResultsFile): boolean {
  return results.suites.some((suite) => suite.results.some((r) => r.state === 'completed' && r.extrapolated !== undefined));
}

/** The columns of a suite's results table: an optional one (`Point`, the sockets, RSS) only when some result has it. */
export function resultTableColumns(rows: readonly ResultRow[]): ResultColumn[] {
  return RESULT_TABLE.filter((c) => !c.optional || rows.some((row) => row[c.field] !== ''));
}

/** `io/bounded`, or `scaling/io/bounded (tasks=10)` when the suite name is not the workload. */
function resultLabel(suite: string, r: Result): string {
  const point = formatPoint(r.point);
  return `${suite === r.workload ? suite : `${suite}/${r.workload}`}/${r.strategy}${point ? ` (${point})` : ''}`;
}

/** The run's context as label/value rows, shared by summary.md and index.html. */
export function contextRows(c: ResultsFile['context']): Array<[string, string]> {
  return [
    ['Run', `${formatRunDate(c.startedAt)}${c.finishedAt ? ` – ${formatRunDate(c.finishedAt)}` : ''}`],
    ['Preset', c.preset],
    ['Node', `${c.node} (V8 ${c.v8})`],
    ['OS', `${c.os.platform} ${c.os.release} ${c.os.arch}`],
    ['CPU', `${c.cpu.model.trim()} × ${c.cpu.cores} cores`],
    ['Commit', c.git ? `${c.git.commit}${c.git.dirty ? ' (dirty)' : ''}` : 'not a git checkout'],
    ['asyncbench', c.tool.version],
  ];
}
