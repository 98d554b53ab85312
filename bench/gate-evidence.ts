/**
 * `npm run bench:gate`: is the CI gate worth trusting on this machine? Measures, at the gate's
 * settings (GATE below: the selection, runs per side, threshold and alpha `.ci/run` uses):
 *
 * - A/A: `--aa` pairs of the same code, a baseline process against a fresh current process, half of
 *   them with another process keeping one core busy during the current side (`node -e 'for(;;){}'`).
 *   As in CI, where one committed baseline meets every current run, a baseline serves
 *   `--per-base` pairs in a row (default 5: 20 pairs take 4 baselines). Every failed gate is a false
 *   alarm.
 * - injected regressions, `--tries` pairs each, baseline and current in alternation:
 *   `--concurrency 4` against a baseline at `--concurrency 5` (bounded's speedup at N = 20 falls by
 *   20%: ceil(20/4)·d against ceil(20/5)·d), and the I/O delay raised 20% (`--delay 24` against 20)
 *   under `--gate all`. Both run the io suite alone, the suite these two knobs move; every pair that
 *   fails the gate is a catch.
 * - claims (`--claims K`): K single quick runs, every claim's verdict per run; identical in all K is
 *   what "the claims hold on this Node" means. `--node PATH` runs the benches under another Node
 *   (the report renders no charts, so the native canvas build of this Node is never loaded).
 *
 * Each bench is its own process (as a CI job is); results go under `--out` and are reused when the
 * script is run again (delete the folder to measure afresh). Prints a Markdown summary and writes it,
 * with every figure, to `<out>/evidence.md` and `<out>/evidence.json`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compare, type Comparison, type Gate } from '../src/compare/compare.js';
import { validateInteger } from '../src/cli/validate.js';
import { readResultsFile } from '../src/results/read.js';

/** The CI gate's settings: keep in step with package.json's `gate` and `gate:baseline` scripts (what .ci/run runs). */
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

const BENCH = fileURLToPath(new URL('./main.js', import.meta.url));

interface Options {
  out: string;
  aa: number;
  perBase: number;
  tries: number;
  claims: number;
  node: string;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      aa: { type: 'string' },
      'per-base': { type: 'string' },
      tries: { type: 'string' },
      claims: { type: 'string' },
      node: { type: 'string' },
    },
  });
  return {
    out: values.out ?? 'reports/gate-evidence',
    aa: values.aa === undefined ? 20 : validateInteger(values.aa, '--aa', 0, 200),
    perBase: values['per-base'] === undefined ? 5 : validateInteger(values['per-base'], '--per-base', 1, 200),
    tries: values.tries === undefined ? 10 : validateInteger(values.tries, '--tries', 0, 100),
    claims: values.claims === undefined ? 0 : validateInteger(values.claims, '--claims', 0, 100),
    node: values.node ?? process.execPath,
  };
}

/** Processes to stop if this script is stopped: a busy neighbour outliving it would crowd every later bench. */
const children = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // SIGTERM: a bench closes its servers on it; the busy loop just ends.
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });
}

/** Keeps one core busy until stopped. */
function busyCore(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Runs one bench process into `dir` (skipped when its results.json exists); resolves with the file's path. */
async function bench(o: Options, dir: string, args: readonly string[], busy = false): Promise<string> {
  const file = join(dir, 'results.json');
  if (existsSync(file)) return file;
  const neighbour = busy ? busyCore() : undefined;
  const started = Date.now();
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(o.node, [BENCH, '--quiet', '--no-charts', '--out', dir, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
      children.add(child);
      child.on('exit', () => children.delete(child));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench ${args.join(' ')} exited ${code}`))));
    });
  } finally {
    neighbour?.kill('SIGKILL');
  }
  console.error(`  ${dir}: ${((Date.now() - started) / 1000).toFixed(0)} s${busy ? ' (one core kept busy)' : ''}`);
  return file;
}

const gateArgs = (extra: readonly string[] = []) => ['--preset', GATE.preset, '--suite', GATE.suites, '--runs', String(GATE.runs), ...extra];
const ioArgs = (extra: readonly string[]) => ['--preset', GATE.preset, '--suite', 'io', '--runs', String(GATE.runs), ...extra];

/** One pair's outcome, for the tables. */
interface PairOutcome {
  pair: string;
  failed: boolean;
  regressed: string[];
  detail?: string;
}

function judge(pair: string, baseline: string, current: string, gate: Gate, watch?: string): PairOutcome {
  const c: Comparison = compare(readResultsFile(baseline), readResultsFile(current), { threshold: GATE.threshold, alpha: GATE.alpha, gate });
  const regressed = c.metrics.filter((m) => m.gated && m.verdict === 'regressed').map((m) => m.id);
  const watched = watch ? c.metrics.find((m) => m.id === watch) : undefined;
  const detail = watched
    ? `${watched.id}: ${watched.baseline.value.toFixed(3)} -> ${watched.current.value.toFixed(3)} (${watched.changePct.toFixed(1)}%, p ${watched.p.toFixed(4)}, ${watched.verdict})`
    : undefined;
  return { pair, failed: c.failed, regressed, ...(detail ? { detail } : {}) };
}

async function main(): Promise<void> {
  const o = options();
  mkdirSync(o.out, { recursive: true });
  const sections: string[] = [];
  const json: Record<string, unknown> = { gate: GATE, node: o.node };

  if (o.aa > 0) {
    console.error(`A/A: ${o.aa} pairs, gate selection ${GATE.suites} x ${GATE.runs} runs a side`);
    const pairs: PairOutcome[] = [];
    for (let i = 1; i <= o.aa; i++) {
      const busy = i % 2 === 0;
      const base = await bench(o, join(o.out, 'aa', `base-${Math.floor((i - 1) / o.perBase) + 1}`), gateArgs());
      const cur = await bench(o, join(o.out, 'aa', `${i}-current${busy ? '-busy' : ''}`), gateArgs(), busy);
      pairs.push(judge(`${i}${busy ? ' (busy core)' : ''}`, base, cur, 'machine-independent'));
    }
    const quiet = pairs.filter((p) => !p.pair.includes('busy'));
    const busy = pairs.filter((p) => p.pair.includes('busy'));
    json.aa = pairs;
    sections.push(
      `### A/A: the same code against itself, ${pairs.length} pairs (${Math.ceil(pairs.length / o.perBase)} baselines, ${o.perBase} pairs each)`,
      '',
      `| pairs | false regressions |`,
      `|---|---|`,
      `| quiet | ${quiet.filter((p) => p.failed).length} of ${quiet.length} |`,
      `| one core kept busy during the current side | ${busy.filter((p) => p.failed).length} of ${busy.length} |`,
      '',
      ...pairs.filter((p) => p.failed).map((p) => `- pair ${p.pair}: ${p.regressed.join(', ')}`),
      '',
    );
  }

  if (o.tries > 0) {
    const injected: Array<{ name: string; base: string[]; current: string[]; gate: Gate; watch: string }> = [
      { name: '--concurrency 4 against 5 (bounded speedup -20% at N = 20)', base: ['--concurrency', '5'], current: ['--concurrency', '4'], gate: 'machine-independent', watch: 'io/io/bounded:speedup' },
      { name: 'I/O delay +20% (--delay 24 against 20), --gate all', base: ['--delay', '20'], current: ['--delay', '24'], gate: 'all', watch: 'io/io/sequential:time' },
    ];
    const rows: string[] = [];
    const all: Record<string, PairOutcome[]> = {};
    for (const [k, inj] of injected.entries()) {
      console.error(`injected: ${inj.name}, ${o.tries} tries`);
      const tries: PairOutcome[] = [];
      for (let t = 1; t <= o.tries; t++) {
        const base = await bench(o, join(o.out, `injected-${k + 1}`, `${t}-base`), ioArgs(inj.base));
        const cur = await bench(o, join(o.out, `injected-${k + 1}`, `${t}-current`), ioArgs(inj.current));
        tries.push(judge(String(t), base, cur, inj.gate, inj.watch));
      }
      all[inj.name] = tries;
      rows.push(`| ${inj.name} | ${tries.filter((p) => p.failed).length} of ${tries.length} |`);
    }
    json.injected = all;
    sections.push(
      `### Injected regressions, ${o.tries} tries each (io suite, ${GATE.runs} runs a side)`,
      '',
      '| change | caught (gate failed) |',
      '|---|---|',
      ...rows,
      '',
      ...Object.entries(all).flatMap(([name, tries]) => [`${name}:`, ...tries.map((p) => `- ${p.pair}: ${p.detail ?? ''}${p.failed ? '' : ' — MISSED'}`), '']),
    );
  }

  if (o.claims > 0) {
    console.error(`claims: ${o.claims} quick runs under ${o.node}`);
    const verdicts: Record<string, Array<boolean | null>> = {};
    const version = execFileSync(o.node, ['--version'], { encoding: 'utf8' }).trim();
    let node = '';
    for (let i = 1; i <= o.claims; i++) {
      const file = readResultsFile(await bench(o, join(o.out, `claims-${version}`, `${i}`), ['--preset', 'quick']));
      node = file.context.node;
      for (const c of file.claims) (verdicts[c.id] ??= []).push(c.holds);
    }
    const flipping = Object.entries(verdicts).filter(([, v]) => new Set(v).size > 1);
    json.claims = { node, verdicts };
    sections.push(
      `### Claims: ${o.claims} quick runs on Node ${node}`,
      '',
      `${Object.keys(verdicts).length} claims; identical in every run: ${flipping.length === 0 ? 'yes' : `no: ${flipping.map(([id, v]) => `${id} (${v.join(', ')})`).join('; ')}`}`,
      '',
      ...Object.entries(verdicts).map(([id, v]) => `- ${id}: ${v.map((h) => (h === null ? 'undecided' : h ? 'holds' : 'fails')).join(', ')}`),
      '',
    );
  }

  const text = [`## Gate evidence (npm run bench:gate -- ${process.argv.slice(2).join(' ')})`, '', ...sections].join('\n');
  writeFileSync(join(o.out, 'evidence.md'), `${text}\n`);
  writeFileSync(join(o.out, 'evidence.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(text);
}

main().catch((error: unknown) => {
  console.error(`bench:gate: ${(error as Error).message}`);
  process.exit(1);
});
