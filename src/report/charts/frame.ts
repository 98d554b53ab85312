/**
 * The opening every chart shares: the context footer, the notice chart that stands in when there is
 * nothing to draw (why the suite is missing or empty), and the options whose title carries the
 * finding and the suite's note (` (suite errored: partial)`).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile, Workload } from '../../results/schema.js';
import { contextFooter } from '../context-text.js';
import { baseOptions, noticeChart } from './config.js';
import { suiteNote, suiteProblem } from './data.js';

/** A chart's title and footer, bound to its results (and to the suite it draws, when it draws one). */
interface ChartFrame {
  /** The run's context line at the bottom of the chart. */
  footer: string;
  /** Why the suite cannot be drawn (see suiteProblem), or null; always null without a suite. */
  problem(workload?: Workload): string[] | null;
  /** A chart with this title and footer that shows only `lines`. */
  notice(lines: string[]): ChartConfiguration;
  /** The notice for data that is not there: the suite's problem when it has one, else `fallback`. */
  missing(fallback: string, workload?: Workload): ChartConfiguration;
  /** Options titled `title + finding + the suite's note` (no note without a suite). */
  options(finding?: string): NonNullable<ChartConfiguration['options']>;
}

/** The frame of a chart titled `title`, drawing `suite` (leave it out for a chart over several). */
export function chartFrame(results: ResultsFile, title: string, suite?: string): ChartFrame {
  const footer = contextFooter(results.context);
  const problem = (workload?: Workload): string[] | null => (suite ? suiteProblem(results, suite, workload) : null);
  const notice = (lines: string[]): ChartConfiguration => noticeChart(title, lines, footer);
  return {
    footer,
    problem,
    notice,
    missing: (fallback, workload) => notice(problem(workload) ?? [fallback]),
    options: (finding = '') => baseOptions(`${title}${finding}${suite ? suiteNote(results, suite) : ''}`, footer),
  };
}
