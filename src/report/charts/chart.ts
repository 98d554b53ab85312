/**
 * What a chart is: a file name, a caption, and a pure function from results to a chart.js config.
 * Rendering is the shared renderer's job (render.ts); the registry (index.ts) lists the charts.
 * The data is a run's results file by default; merge's charts (src/merge/charts/) draw a merged file.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ResultsFile } from '../../results/schema.js';

export interface ChartDefinition<T = ResultsFile> {
  /** Output file name, named for what it shows, e.g. `io-scaling.png`. */
  file: string;
  /** One line saying what the chart shows: the caption and alt text in summary.md and index.html. */
  caption: string;
  /**
   * Whether this run gets the chart at all. Leave it out for the core charts (a missing suite then
   * gives a chart that says so); optional suites (load, mixed) return false when their suite is absent.
   */
  appliesTo?(results: T): boolean;
  /** The chart.js config for these results: plain data, checked in tests before rendering. */
  config(results: T): ChartConfiguration;
}
