/**
 * The `bench` command: options in, servers up, suites run, results written after each suite,
 * summary out, exit code: 0 completed, 1 a suite errored (or the servers did not start), 2 bad
 * options, 3 an internal failure (a crash, an output that could not be written), 130 interrupted.
 * Ctrl-C / SIGTERM stops within seconds, closes servers, pools and sockets, keeps what finished
 * (results.json marked interrupted) and exits 130.
 */
import { setMaxListeners } from 'node:events';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServersProcess, type ServersProcess } from '../../servers/spawn.js';
import { AsyncbenchError, EXIT, InvalidOptionError } from '../errors.js';
import { type CapacityMonitor, createCapacityMonitor } from '../measure/capacity.js';
import { collectContext } from '../measure/context.js';
import { onCpusOf, processCpus } from '../measure/cores.js';
import { readOpenFileLimit } from '../measure/open-files.js';
import { linuxOnlyNote } from '../measure/platform.js';
import { runSuites } from '../measure/runner.js';
import type { BenchOptions } from '../measure/options.js';
import type { SuiteDefinition } from '../measure/suite.js';
import { waitForIdle } from '../measure/wait-for-idle.js';
import type { ResultsFile } from '../results/schema.js';
import type { RenderOptions, TerminalOptions } from '../report/index.js';
import { formatResultsJson } from '../report/json.js';
import { type OutputFile, writeOutputs } from '../report/writer.js';
import { calibrateCpu } from '../workloads/cpu.js';
import { createIoAgent, type IoRequest } from '../workloads/io.js';
import { createExecutor } from '../workloads/task.js';
import { benchHelp, parseBenchArgs } from './bench-options.js';
import { type ColorEnv, shouldColor } from './color.js';
import { type OutputOptions, writeExports } from './output-options.js';
import { reportError } from './exit.js';
import { createProgress } from './progress.js';

/** Sockets of the main thread's undici Agent, at least (see where it is made). */
const AGENT_SOCKETS = 2048;

export interface BenchIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Read for NO_COLOR / FORCE_COLOR. @default process.env */
  env?: ColorEnv;
}

export interface BenchDeps {
  suites: readonly SuiteDefinition[];
  /** Renders summary.md, index.html and charts from the results (never writes). */
  render: (results: ResultsFile, options: RenderOptions) => Promise<OutputFile[]>;
  /** The end-of-run text for stdout. */
  summarize: (results: ResultsFile, options: TerminalOptions) => string;
}

/**
 * Output folders: `--out`, else reports/latest plus a timestamped copy under reports/runs/.
 * reports/latest is emptied first, so it never mixes this run's files with an earlier run's charts
 * (a run of fewer suites would otherwise leave stale PNGs beside the new results.json). A `--out`
 * folder is the user's and is never emptied.
 */
export function prepareOutputDirs(options: BenchOptions, startedAt: string, root = '.'): string[] {
  if (options.out) return [options.out];
  const stamp = startedAt.replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const latest = join(root, 'reports', 'latest');
  rmSync(latest, { recursive: true, force: true });
  return [latest, join(root, 'reports', 'runs', stamp)];
}

export async function benchCommand(argv: readonly string[], deps: BenchDeps, io: BenchIo = process): Promise<number> {
  const suiteNames = deps.suites.map((s) => s.name);
  let options: BenchOptions;
  let output: OutputOptions;
  let request: IoRequest | null;
  try {
    const parsed = parseBenchArgs(argv, suiteNames);
    if (parsed.help) {
      io.stdout.write(`${benchHelp(suiteNames)}\n`);
      return EXIT.ok;
    }
    options = parsed.options;
    output = parsed.output;
    request = parsed.request;
  } catch (error) {
    if (error instanceof InvalidOptionError) {
      io.stderr.write(`asyncbench: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }

  const suites = deps.suites.filter((s) => options.suites.includes(s.name));
  const progress = createProgress(io.stderr);
  // --quiet drops progress, never a warning (a sweep point skipped).
  const emit: typeof progress = output.quiet
    ? (event) => {
        if (event.type === 'warning') progress(event);
      }
    : progress;
  /** A status line on stderr, unless --quiet (errors and warnings are written directly). */
  const status = (line: string): void => {
    if (!output.quiet) io.stderr.write(line);
  };
  const controller = new AbortController();
  // tinybench adds one abort listener per measured strategy (about 30 in a run).
  setMaxListeners(1000, controller.signal);
  let servers: ServersProcess | undefined;
  let capacity: CapacityMonitor | undefined;
  // One socket per call in flight, so no call queues behind another: room for the most calls any
  // selected suite fires at once (the scaling suite's largest N) or --tasks, plus a few spare.
  const inFlight = Math.max(options.tasks ?? 0, ...suites.map((s) => s.maxInFlight?.({ preset: options.preset, options }) ?? 0));
  const agent = createIoAgent(Math.max(AGENT_SOCKETS, inFlight + 16));

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals === 1) {
      io.stderr.write(`\nasyncbench: ${signal}: stopping after the current batch, keeping finished suites (again to force)\n`);
      controller.abort();
    } else {
      io.stderr.write('asyncbench: forced stop\n');
      void servers?.close();
      process.exit(EXIT.interrupted);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const context = collectContext(options.preset, { ...options }, { label: options.label ?? undefined });
  const dirs = prepareOutputDirs(options, context.startedAt);
  let written: string[] = [];
  let exported: string[] = [];

  const save = async (file: ResultsFile) => {
    let files: OutputFile[] = [{ path: 'results.json', content: formatResultsJson(file) }];
    try {
      // After every suite: results.json, summary.md and index.html, so an interrupted or crashed run
      // keeps what it measured. The charts once, when the run has ended (completed or interrupted):
      // drawing every chart after every suite cost about 1 s a suite, 5 s of a quick run.
      files = files.concat(await deps.render(file, { charts: output.charts && file.status !== 'running' }));
    } catch (error) {
      io.stderr.write(`asyncbench: report rendering failed (results.json is kept): ${(error as Error).message}\n`);
    }
    for (const dir of dirs) written = writeOutputs(dir, files);
    exported = writeExports(file, output);
  };

  let results: ResultsFile | undefined;
  try {
    status(`asyncbench: preset ${options.preset}, suites ${suites.map((s) => s.name).join(', ')}; starting servers\n`);
    servers = await startServersProcess({});
    if (!servers.io || !servers.cpu) {
      throw new AsyncbenchError('ASYNCBENCH_ERR_SERVER_START', 'the servers process did not report both URLs');
    }
    const serversPid = servers.pid;
    const offLinux = linuxOnlyNote(process.platform);
    if (offLinux !== null) emit({ type: 'note', message: offLinux });
    capacity = createCapacityMonitor({ cores: context.cpu.cores, onCpus: onCpusOf(processCpus()), childPids: () => [serversPid] });
    const atStart = await waitForIdle({
      monitor: capacity,
      cores: context.cpu.cores,
      limitS: options.waitForIdleS,
      signal: controller.signal,
      warn: (message) => emit({ type: 'warning', message }),
    });
    context.machineAtStart = { otherCpu: atStart.capacity.otherCpu, freeCores: atStart.capacity.freeCores, waitedMs: atStart.waitedMs };
    const openFileLimit = await readOpenFileLimit();
    const itersPerMs = calibrateCpu();
    emit({ type: 'note', message: `CPU loop calibrated: ${Math.round(itersPerMs)} iterations per ms` });
    results = await runSuites({
      suites,
      context,
      base: {
        preset: options.preset,
        options,
        cores: context.cpu.cores,
        itersPerMs,
        servers: {
          ioUrl: servers.io.url,
          cpuUrl: servers.cpu.url,
          target: options.target && request ? { urls: options.target, request } : null,
        },
        signal: controller.signal,
        openFileLimit,
      },
      execute: createExecutor(agent),
      // Before each suite: 2 rounds (about 50 ms); the runner keeps the best of every one so far.
      recalibrate: () => calibrateCpu(2),
      capacity,
      emit,
      onUpdate: save,
    });
  } catch (error) {
    // A harness error keeps its code (the servers not starting: 1); a results file that could not be
    // written or a crash is internal (3), so it never reads as 1, "a suite errored".
    return reportError('asyncbench', error, { stderr: io.stderr });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    capacity?.close();
    await Promise.allSettled([agent.close(), servers?.close()]);
  }

  if (output.json) io.stdout.write(formatResultsJson(results));
  else io.stdout.write(deps.summarize(results, { color: shouldColor(io.env ?? process.env, io.stdout.isTTY) }));
  const where = dirs.map((d) => join(d, 'results.json')).join(' and ');
  status(`asyncbench: wrote ${written.length} files; results in ${where}\n`);
  if (exported.length > 0) status(`asyncbench: exported ${exported.join(', ')}\n`);
  if (results.status === 'interrupted') {
    io.stderr.write('asyncbench: interrupted; the suites that finished are kept\n');
    return EXIT.interrupted;
  }
  return results.suites.some((s) => s.state === 'errored') ? EXIT.failure : EXIT.ok;
}
