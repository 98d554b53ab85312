/**
 * `npm run gate`: the project's own regression gate, what `.ci/run` runs. Benches the gate's
 * selection (GATE) and compares it with the committed baseline, bench/baselines/ci.json.
 *
 * The baseline was benched on one kind of machine. compare refuses to gate runs of two testbeds
 * (a 2-core baseline against a 4-core CI machine, or another CPU model: exit 2), so when CI lands on
 * a machine whose testbed is not the baseline's, the gate benches the baseline's own commit here too,
 * interleaved with this checkout's HEAD (compare:refs), and gates HEAD against that: the same code
 * the baseline measured, on this machine. That costs a second bench (about 2 minutes for 6 quick
 * runs) only where the machine differs; on the baseline's kind of machine the committed file is used.
 *
 * Usage: npm run gate [-- --baseline FILE]   (exit codes as compare's; 1 also when a bench fails)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { main as compareMain } from '../src/cli/compare.js';
import { runWithSignals as compareRefs } from '../src/cli/compare-refs.js';
import { exitWith } from '../src/cli/exit.js';
import { EXIT, InvalidOptionError } from '../src/errors.js';
import { collectContext } from '../src/measure/context.js';
import { readResultsFile } from '../src/results/read.js';
import { testbedOf } from '../src/results/testbed.js';

/** The CI gate's settings: the selection, runs a side, threshold and alpha (bench/gate-evidence.ts measures them). */
export const GATE = {
  preset: 'quick',
  /** The load suite has no speedup (the default gate's one metric), so the gate does not run it. */
  suites: 'io,cpu,scaling,mixed',
  /**
   * 5 a side is the fewest that can reach p < 0.01 (5 against 5: 0.0079); the sixth lets a crowded
   * run be left out of either side and still decide (5 against 6: 0.0043; 4 against 6: 0.0095). On
   * this shared machine, quiet, 7 of 300 CPU results' runs were crowded (otherCpu >= 0.5 cores).
   */
  runs: 6,
  threshold: 10,
  alpha: 0.01,
} as const;

const DEFAULT_BASELINE = 'bench/baselines/ci.json';
const CURRENT_OUT = 'reports/ci';
const BENCH = fileURLToPath(new URL('./main.js', import.meta.url));

/** The bench arguments of the gate's selection. */
export function gateBenchArgs(): string[] {
  return ['--preset', GATE.preset, '--suite', GATE.suites, '--runs', String(GATE.runs), '--no-charts'];
}

/** Whether two commits have the same package-lock.json (then a worktree can reuse node_modules). */
function sameLock(a: string, b: string): boolean {
  const lock = (ref: string) => spawnSync('git', ['show', `${ref}:package-lock.json`], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const left = lock(a);
  return left !== '' && left === lock(b);
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { baseline: { type: 'string' } }, strict: true });
  const baselinePath = values.baseline ?? DEFAULT_BASELINE;
  const baseline = readResultsFile(baselinePath);
  const here = testbedOf(collectContext(GATE.preset, {}));
  const theirs = testbedOf(baseline.context);
  const log = (line: string) => void process.stderr.write(`gate: ${line}\n`);
  if (here.key === theirs.key) {
    log(`this machine is the baseline's testbed (${here.key}): ${GATE.runs} quick runs against ${baselinePath}`);
    const bench = spawnSync(process.execPath, [BENCH, ...gateBenchArgs(), '--out', CURRENT_OUT], { stdio: 'inherit' });
    if (bench.status !== 0) return bench.status === EXIT.interrupted ? EXIT.interrupted : EXIT.failure;
    return compareMain([baselinePath, `${CURRENT_OUT}/results.json`, '--threshold', String(GATE.threshold), '--alpha', String(GATE.alpha)]);
  }
  const commit = baseline.context.git?.commit;
  if (!commit) throw new InvalidOptionError(`${baselinePath} records no git commit, so it cannot be benched again on this machine (${here.key})`);
  const install = sameLock(commit, 'HEAD') ? 'link' : 'ci';
  log(
    `this machine (${here.key}) is not the baseline's testbed (${theirs.key}): benching the baseline's commit ` +
      `${commit.slice(0, 12)} here too, interleaved with HEAD (compare:refs, --install ${install})`,
  );
  return compareRefs([
    commit,
    'HEAD',
    '--runs',
    String(GATE.runs),
    '--preset',
    GATE.preset,
    '--install',
    install,
    // One `=` argument: a value that starts with `--` would read as an option of its own.
    `--bench-args=--suite ${GATE.suites} --no-charts`,
    '--threshold',
    String(GATE.threshold),
    '--alpha',
    String(GATE.alpha),
    '--out',
    'reports/ci-refs',
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitWith('gate', main(process.argv.slice(2)));
}
