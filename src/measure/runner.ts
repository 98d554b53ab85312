/**
 * Runs the chosen suites one after another, the whole selection `options.runs` times, and keeps the
 * results file current: after every suite (and on interruption) `onUpdate` receives the whole file,
 * every run so far merged (src/model/runs.ts), so a later failure loses nothing. Emits progress
 * events; never prints.
 */
import { performance } from 'node:perf_hooks';
import { serializeError } from '../errors.js';
import { applySpeedups } from '../model/derive.js';
import { applyFreeIdeals, guardBusyClaims } from '../model/free-capacity.js';
import { mergeRunSuites } from '../model/runs.js';
import { RESULTS_KIND, type Result, type ResultsFile, SCHEMA_VERSION, type RunContext, type Suite } from '../results/schema.js';
import type { Execute } from '../workloads/task.js';
import type { runLoadPoint } from './autocannon.js';
import type { CapacityMonitor } from './capacity.js';
import { loadResult, measureResult } from './measure-result.js';
import { labelOf, type LoadSpec, type ProgressEvent, type SuiteContext, type SuiteDefinition } from './suite.js';

export interface RunnerOptions {
  suites: readonly SuiteDefinition[];
  context: RunContext;
  base: Omit<SuiteContext, 'measure' | 'measureLoad' | 'record' | 'emit'>;
  execute: Execute;
  emit: (event: ProgressEvent) => void;
  /** Called with the whole file after each suite; must not throw. */
  onUpdate: (file: ResultsFile) => Promise<void> | void;
  /** Measures one spec (injectable for tests). @default measureResult */
  measure?: typeof measureResult;
  /**
   * Measures the CPU loop's speed again (iterations per ms), before every suite of every run. The
   * suites get the fastest figure seen so far: interference only ever slows a calibration down, so
   * one taken while a neighbour held the cores (burns then come out short, a whole run's CPU results
   * below their model) is replaced as soon as a quieter one is seen. Absent: `base.itersPerMs` throughout.
   */
  recalibrate?: () => number;
  /** Measures the free CPU capacity of every result (src/measure/capacity.ts). @default one per batch result; load points not measured */
  capacity?: CapacityMonitor;
  /** Runs one autocannon point for `ctx.measureLoad` (injectable for tests). @default runLoadPoint */
  runLoadPoint?: typeof runLoadPoint;
}

/** `io C=100`, and ` (open)` after an open-model point (its point also names the rate). */
function loadLabel(spec: LoadSpec): string {
  return `${labelOf(spec.strategy, spec.point)}${spec.rate === null ? '' : ' (open)'}`;
}

/** Each suite's claims; on a busy machine a failing one is not decided (src/model/free-capacity.ts). */
function claimsOf(suites: readonly SuiteDefinition[], done: Suite[], context: RunContext) {
  return done.flatMap((suite) => guardBusyClaims(suites.find((s) => s.name === suite.name)?.claims(suite, context) ?? [], suite, context.cpu.cores));
}

/** A recalibration this much faster than the figure in use gets a progress note. */
const RECALIBRATION_NOTE_SHARE = 1.05;

export async function runSuites(options: RunnerOptions): Promise<ResultsFile> {
  const { suites, context, base, emit } = options;
  const measure = options.measure ?? measureResult;
  const runs = base.options.runs;
  const file: ResultsFile = {
    schemaVersion: SCHEMA_VERSION,
    kind: RESULTS_KIND,
    status: 'running',
    context,
    suites: [],
    claims: [],
  };
  /** Each finished run's suites, in order; the file holds them merged (src/model/runs.ts). */
  const done: Suite[][] = [];
  let itersPerMs = base.itersPerMs;

  for (let run = 1; run <= runs && !base.signal.aborted; run++) {
    const thisRun: Suite[] = [];
    done.push(thisRun);
    for (const [index, definition] of suites.entries()) {
      if (base.signal.aborted) break;
      if (options.recalibrate) {
        const now = options.recalibrate();
        if (now > itersPerMs * RECALIBRATION_NOTE_SHARE) {
          emit({ type: 'note', message: `CPU loop recalibrated: ${Math.round(now)} iterations per ms, ${Math.round((now / itersPerMs - 1) * 100)}% faster than before (the earlier calibration was slowed down)` });
        }
        itersPerMs = Math.max(itersPerMs, now);
      }
      emit({ type: 'suite-start', suite: definition.name, title: definition.title, index, total: suites.length, run, runs });
      const results: Result[] = [];
      const startedAt = new Date().toISOString();
      const started = performance.now();
      /** Progress around one measurement, and its result recorded; undefined records nothing. */
      const recorded = async <R extends Result | undefined>(label: string, measureOne: () => Promise<R>): Promise<R> => {
        emit({ type: 'measure-start', suite: definition.name, label });
        const result = await measureOne();
        if (result === undefined) return result;
        results.push(result);
        emit({ type: 'measure-end', suite: definition.name, label, result });
        return result;
      };
      const ctx: SuiteContext = {
        ...base,
        itersPerMs,
        emit,
        record: (result) => {
          results.push(result);
        },
        ...(options.capacity ? { adoptProcess: options.capacity.adopt } : {}),
        measure: (spec) => {
          const label = labelOf(spec.strategy, spec.point);
          return recorded(label, async () => {
            const { aborted: _aborted, ...result } = await measure(spec, {
              execute: options.execute,
              signal: base.signal,
              onSample: (ms, i) => emit({ type: 'sample', suite: definition.name, label, index: i, ms }),
              ...(options.capacity ? { capacity: options.capacity } : {}),
            });
            return result;
          });
        },
        measureLoad: (spec) =>
          recorded(loadLabel(spec), () =>
            loadResult(spec, {
              signal: base.signal,
              ...(options.runLoadPoint ? { runPoint: options.runLoadPoint } : {}),
              ...(options.capacity ? { capacity: options.capacity } : {}),
            }),
          ),
      };
      let state: Suite['state'] = 'completed';
      let error: Suite['error'];
      try {
        await definition.run(ctx);
      } catch (e) {
        state = 'errored';
        error = serializeError(e);
      }
      if (state === 'completed' && base.signal.aborted) state = 'interrupted';
      const suite: Suite = {
        name: definition.name,
        title: definition.title,
        state,
        ...(error ? { error } : {}),
        params: definition.params(base),
        startedAt,
        durationMs: performance.now() - started,
        results: applyFreeIdeals(applySpeedups(results), context.cpu.cores),
      };
      thisRun.push(suite);
      file.suites = mergeRunSuites(done).map((s) => ({ ...s, results: applyFreeIdeals(s.results, context.cpu.cores) }));
      file.claims = claimsOf(suites, file.suites, context);
      if (base.signal.aborted) file.status = 'interrupted';
      emit({ type: 'suite-end', suite: suite.name, state, durationMs: suite.durationMs });
      await options.onUpdate(file);
    }
  }

  file.status = base.signal.aborted ? 'interrupted' : 'completed';
  file.context = { ...file.context, finishedAt: new Date().toISOString() };
  await options.onUpdate(file);
  return file;
}
