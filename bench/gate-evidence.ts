/**
 * `npm run bench:gate`: is the CI gate worth trusting on this machine? Measures, at the gate's
 * settings (GATE in bench/gate.ts: the selection, runs per side, threshold and alpha `.ci/run` uses):
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
 * - a busy machine (issue 14): `--busy-claims K` runs K quick benches with one core kept busy and K
 *   quiet ones, and lists every claim's verdicts (a neighbour must never turn one ✘) and which
 *   results the neighbour moved, with their waiting threads and crowded flags; `--busy-pairs P`
 *   compares P busy gate benches against one quiet baseline (every failed gate is a false alarm);
 *   `--busy-tries T` injects `--concurrency 4` against 5 with the neighbour running during the
 *   current side (every failed gate is a catch). Busy benches pass `--wait-for-idle 0`.
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
import { isCrowded } from '../src/results/crowding.js';
import { readResultsFile } from '../src/results/read.js';
import { GATE } from './gate.js';
import { type ResultsFile, resultKey } from '../src/results/schema.js';


const BENCH = fileURLToPath(new URL('./main.js', import.meta.url));

interface Options {
  out: string;
  aa: number;
  perBase: number;
  tries: number;
  claims: number;
  busyClaims: number;
  busyPairs: number;
  busyTries: number;
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
      'busy-claims': { type: 'string' },
      'busy-pairs': { type: 'string' },
      'busy-tries': { type: 'string' },
      node: { type: 'string' },
    },
  });
  return {
    out: values.out ?? 'reports/gate-evidence',
    aa: values.aa === undefined ? 20 : validateInteger(values.aa, '--aa', 0, 200),
    perBase: values['per-base'] === undefined ? 5 : validateInteger(values['per-base'], '--per-base', 1, 200),
    tries: values.tries === undefined ? 10 : validateInteger(values.tries, '--tries', 0, 100),
    claims: values.claims === undefined ? 0 : validateInteger(values.claims, '--claims', 0, 100),
    busyClaims: values['busy-claims'] === undefined ? 0 : validateInteger(values['busy-claims'], '--busy-claims', 0, 100),
    busyPairs: values['busy-pairs'] === undefined ? 0 : validateInteger(values['busy-pairs'], '--busy-pairs', 0, 200),
    busyTries: values['busy-tries'] === undefined ? 0 : validateInteger(values['busy-tries'], '--busy-tries', 0, 100),
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
      // A bench beside the neighbour starts at once: waiting for it to leave (--wait-for-idle) would wait for nothing.
      const wait = busy && !args.includes('--wait-for-idle') ? ['--wait-for-idle', '0'] : [];
      const child = spawn(o.node, [BENCH, '--quiet', '--no-charts', '--out', dir, ...wait, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
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

  if (o.busyClaims > 0) sections.push(...(await busyClaims(o, json)));
  if (o.busyPairs > 0) {
    console.error(`busy pairs: ${o.busyPairs} gate benches with one core kept busy, against one quiet baseline`);
    const base = await bench(o, join(o.out, 'busy-pairs', 'base'), gateArgs());
    const pairs: PairOutcome[] = [];
    for (let i = 1; i <= o.busyPairs; i++) {
      const cur = await bench(o, join(o.out, 'busy-pairs', `${i}-current-busy`), gateArgs(['--wait-for-idle', '0']), true);
      pairs.push(judge(String(i), base, cur, 'machine-independent'));
      const c = compare(readResultsFile(base), readResultsFile(cur), { threshold: GATE.threshold, alpha: GATE.alpha });
      const last = pairs.at(-1) as PairOutcome;
      last.detail = `${c.metrics.filter((m) => m.gated && m.verdict === 'inconclusive').length} gated inconclusive, ${c.metrics.filter((m) => m.gated && m.verdict === 'unchanged').length} unchanged`;
    }
    json.busyPairs = pairs;
    sections.push(
      `### Busy against quiet: ${pairs.length} gate benches (${GATE.runs} runs each) with one core kept busy, against one quiet baseline`,
      '',
      `false regressions: ${pairs.filter((p) => p.failed).length} of ${pairs.length}`,
      '',
      ...pairs.map((p) => `- ${p.pair}: ${p.failed ? `FAILED: ${p.regressed.join(', ')}` : 'passed'} (${p.detail ?? ''})`),
      '',
    );
  }
  if (o.busyTries > 0) {
    console.error(`busy tries: --concurrency 4 against 5, one core kept busy during the current side, ${o.busyTries} tries`);
    const tries: PairOutcome[] = [];
    for (let t = 1; t <= o.busyTries; t++) {
      const base = await bench(o, join(o.out, 'busy-tries', `${t}-base`), ioArgs(['--concurrency', '5']));
      const cur = await bench(o, join(o.out, 'busy-tries', `${t}-current-busy`), ioArgs(['--concurrency', '4', '--wait-for-idle', '0']), true);
      tries.push(judge(String(t), base, cur, 'machine-independent', 'io/io/bounded:speedup'));
    }
    json.busyTries = tries;
    sections.push(
      `### A real regression beside a neighbour: --concurrency 4 against 5, one core kept busy during the current side, ${tries.length} tries`,
      '',
      `caught: ${tries.filter((p) => p.failed).length} of ${tries.length}`,
      '',
      ...tries.map((p) => `- ${p.pair}: ${p.detail ?? ''}${p.failed ? '' : ' — MISSED'}`),
      '',
    );
  }

  const text = [`## Gate evidence (npm run bench:gate -- ${process.argv.slice(2).join(' ')})`, '', ...sections].join('\n');
  writeFileSync(join(o.out, 'evidence.md'), `${text}\n`);
  writeFileSync(join(o.out, 'evidence.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(text);
}

const mark = (h: boolean | null) => (h === null ? '–' : h ? '✔' : '✘');

/** K quiet and K busy quick benches: the claims' verdicts, and which results the neighbour moved. */
async function busyClaims(o: Options, json: Record<string, unknown>): Promise<string[]> {
  console.error(`busy claims: ${o.busyClaims} quiet and ${o.busyClaims} busy quick runs`);
  const files: Record<'quiet' | 'busy', ResultsFile[]> = { quiet: [], busy: [] };
  for (let i = 1; i <= o.busyClaims; i++) {
    files.busy.push(readResultsFile(await bench(o, join(o.out, 'busy-claims', `${i}-busy`), ['--preset', 'quick', '--wait-for-idle', '0'], true)));
    files.quiet.push(readResultsFile(await bench(o, join(o.out, 'busy-claims', `${i}-quiet`), ['--preset', 'quick'])));
  }
  const ids = [...new Set(files.quiet.concat(files.busy).flatMap((f) => f.claims.map((c) => c.id)))];
  const verdicts = (side: ResultsFile[], id: string) => side.map((f) => f.claims.find((c) => c.id === id)?.holds ?? null);
  const busyFails = files.busy.flatMap((f, i) => f.claims.filter((c) => c.holds === false).map((c) => `busy run ${i + 1}: ${c.id}`));
  const quietMisses = files.quiet.flatMap((f, i) => f.claims.filter((c) => c.holds !== true).map((c) => `quiet run ${i + 1}: ${c.id} (${mark(c.holds)})`));
  const reasons = files.busy.flatMap((f, i) => f.claims.filter((c) => c.holds !== true || c.judgedAgainst?.basis === 'free').map((c) => `- busy ${i + 1}, ${c.id} ${mark(c.holds)}: ${c.evidence}`));
  // Which results move: each result's median over the runs of a side, busy over quiet.
  const medians = (side: ResultsFile[]) => {
    const m = new Map<string, { medians: number[]; waiting: number[]; crowded: number; other: number[] }>();
    for (const f of side) {
      for (const s of f.suites) {
        for (const r of s.results) {
          if (r.state !== 'completed' || r.extrapolated) continue;
          const key = resultKey(s.name, r);
          const e = m.get(key) ?? { medians: [], waiting: [], crowded: 0, other: [] };
          e.medians.push(r.stats.median);
          if (typeof r.capacity?.waitingThreads === 'number') e.waiting.push(r.capacity.waitingThreads);
          e.other.push(r.capacity?.otherCpu ?? r.otherCpu ?? 0);
          if (isCrowded(r, r.workload, f.context.cpu.cores)) e.crowded++;
          m.set(key, e);
        }
      }
    }
    return m;
  };
  const quiet = medians(files.quiet);
  const busy = medians(files.busy);
  const mid = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor((v.length - 1) / 2)] ?? Number.NaN;
  const range = (v: number[]) => (v.length === 0 ? 'unknown' : `${Math.min(...v).toFixed(2)}-${Math.max(...v).toFixed(2)}`);
  const moves = [...busy.entries()]
    .filter(([key]) => quiet.has(key))
    .map(([key, b]) => {
      const q = quiet.get(key) as { medians: number[] };
      const ratio = mid(b.medians) / mid(q.medians);
      return { key, ratio, row: `| ${key} | ${mid(q.medians).toPrecision(4)} | ${mid(b.medians).toPrecision(4)} | ${ratio.toFixed(2)} | ${range(b.other)} | ${range(b.waiting)} | ${b.crowded} of ${b.medians.length} |` };
    })
    .sort((a, b) => b.ratio - a.ratio);
  json.busyClaims = { verdicts: Object.fromEntries(ids.map((id) => [id, { quiet: verdicts(files.quiet, id), busy: verdicts(files.busy, id) }])), moves: moves.map((m) => ({ key: m.key, ratio: m.ratio })) };
  return [
    `### A busy machine: ${o.busyClaims} quick runs with one core kept busy, ${o.busyClaims} quiet`,
    '',
    `- busy runs, claims ✘: ${busyFails.length === 0 ? 'none' : busyFails.join('; ')}`,
    `- quiet runs, claims not ✔: ${quietMisses.length === 0 ? 'none' : quietMisses.join('; ')}`,
    '',
    '| claim | quiet | busy |',
    '|---|---|---|',
    ...ids.map((id) => `| ${id} | ${verdicts(files.quiet, id).map(mark).join(' ')} | ${verdicts(files.busy, id).map(mark).join(' ')} |`),
    '',
    'Busy verdicts not ✔, and those judged against the free cores, with their evidence:',
    '',
    ...reasons,
    '',
    'Which results the neighbour moves (median of the runs\' medians, ms or req/s; crowded: src/results/crowding.ts):',
    '',
    '| result | quiet | busy | busy / quiet | other cores (busy) | waiting threads (busy) | crowded |',
    '|---|---|---|---|---|---|---|',
    ...moves.map((m) => m.row),
    '',
  ];
}

main().catch((error: unknown) => {
  console.error(`bench:gate: ${(error as Error).message}`);
  process.exit(1);
});
