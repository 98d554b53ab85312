/**
 * `npm run bench:machines -- --node24 PATH [--out DIR]`: a CI matrix emulated on this machine, the
 * evidence of issue 17. Four quick benches, each its own process as a matrix job is: under
 * `taskset -c 0` (a 1-core machine) and on every core, each on this Node and on the Node at
 * `--node24` (the npm registry's `node` package). Then one `asyncbench merge` of the four, and a
 * merge of 50 inputs (copies of one run with distinct labels), timed.
 *
 * Prints, and writes to `<out>/evidence.md`: each machine's cores, worker-pool speedup and pool
 * claim; the claims whose verdict differs across the four, with each machine's evidence; the merge
 * times. Benches already in `<out>` are reused (delete the folder to measure afresh).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readResultsFile } from '../src/results/read.js';
import type { ResultsFile } from '../src/results/schema.js';

const BENCH = fileURLToPath(new URL('./main.js', import.meta.url));
const MERGE = fileURLToPath(new URL('../src/cli/merge.js', import.meta.url));

const { values } = parseArgs({ options: { out: { type: 'string' }, node24: { type: 'string' } }, strict: true });
const out = values.out ?? 'reports/machines-evidence';
const node24 = values.node24;
if (!node24 || !existsSync(node24)) {
  console.error('bench:machines: --node24 PATH must name a Node 24 binary (npm install --prefix DIR node@24: DIR/node_modules/node/bin/node)');
  process.exit(2);
}
if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) {
  console.error('bench:machines: needs taskset (util-linux) and a CPU 0 to pin to');
  process.exit(2);
}

const version = (node: string) => spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
const machines = [
  { node: process.execPath, pin: true },
  { node: process.execPath, pin: false },
  { node: node24, pin: true },
  { node: node24, pin: false },
].map((m) => ({ ...m, label: `node${/^v(\d+)/.exec(version(m.node))?.[1] ?? '?'}-${m.pin ? 'taskset-c0' : 'all-cores'}` }));

/** One bench process into its folder (skipped when it already holds results.json). */
function bench(m: (typeof machines)[number]): Promise<string> {
  const dir = join(out, m.label);
  const file = join(dir, 'results.json');
  if (existsSync(file)) return Promise.resolve(file);
  const args = [BENCH, '--preset', 'quick', '--label', m.label, '--quiet', '--no-charts', '--out', dir];
  const [command, argv] = m.pin ? ['taskset', ['-c', '0', m.node, ...args]] : [m.node, args];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      console.error(`  ${m.label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      if (code === 0) resolve(file);
      else reject(new Error(`${m.label}: bench exited ${code}`));
    });
  });
}

/** Runs merge; returns its wall time (ms) and its stderr. */
function merge(inputs: readonly string[], dir: string): { ms: number; stderr: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [MERGE, ...inputs, '--out', dir], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`merge exited ${r.status}: ${r.stderr}`);
  return { ms, stderr: r.stderr.trim() };
}

const claimOf = (f: ResultsFile, id: string) => f.claims.find((c) => c.id === id);
const mark = (holds: boolean | null | undefined) => (holds === true ? '✔' : holds === false ? '✘' : '?');

mkdirSync(out, { recursive: true });
console.error(`bench:machines: 4 quick benches into ${out}`);
const files: string[] = [];
for (const m of machines) files.push(await bench(m));
const runs = files.map((f) => readResultsFile(f));

const four = merge(files, join(out, 'merged'));
// 50 inputs: copies of the first run, each its own label (a copy with its own label is its own machine).
const fiftyDir = join(out, 'fifty');
mkdirSync(fiftyDir, { recursive: true });
const first = JSON.parse(readFileSync(files[1] as string, 'utf8')) as ResultsFile;
for (let i = 1; i <= 50; i++) {
  const copy = { ...first, context: { ...first.context, testbed: { key: first.context.testbed?.key ?? 'unknown', label: `copy-${String(i).padStart(2, '0')}` } } };
  writeFileSync(join(fiftyDir, `results-${i}.json`), JSON.stringify(copy));
}
const fifty = merge([fiftyDir], join(out, 'fifty-merged'));

const lines: string[] = [];
lines.push(`# A CI matrix emulated on one machine (issue 17)`, '');
lines.push(`Command: \`npm run bench:machines -- --node24 ${node24} --out ${out}\``, '');
lines.push('| machine | Node | cores (host) | cpuSet | worker-pool W | speedup | cpu.pool-speedup |', '|---|---|---|---|---|---|---|');
for (const [i, f] of runs.entries()) {
  const pool = f.suites.find((s) => s.name === 'cpu')?.results.find((r) => r.strategy === 'worker-pool');
  const speedup = pool?.state === 'completed' ? pool.speedup : null;
  const claim = claimOf(f, 'cpu.pool-speedup');
  lines.push(
    `| ${machines[i]?.label} | ${f.context.node} | ${f.context.cpu.cores} (${f.context.cpu.hostCores ?? '?'}) | ${f.context.cpu.cpuSet ?? '?'} | ` +
      `${pool?.params.workers ?? '?'} | ${speedup === null ? '-' : `${speedup.toFixed(2)}x`} | ${mark(claim?.holds)}: ${claim?.evidence ?? ''} |`,
  );
}
const ids = [...new Set(runs.flatMap((f) => f.claims.map((c) => c.id)))];
const differ = ids.filter((id) => new Set(runs.map((f) => mark(claimOf(f, id)?.holds))).size > 1);
lines.push('', `## Claims whose verdict differs across the four (${differ.length} of ${ids.length})`, '');
for (const id of differ) {
  lines.push(`- **${id}**`);
  for (const [i, f] of runs.entries()) lines.push(`  - ${machines[i]?.label}: ${mark(claimOf(f, id)?.holds)}: ${claimOf(f, id)?.evidence ?? 'absent'}`);
}
lines.push('', '## merge', '');
lines.push(`- the four: ${four.ms.toFixed(0)} ms (\`${four.stderr.split('\n').at(-1)}\`)`);
lines.push(`- 50 inputs (copies of ${machines[1]?.label} with labels copy-01..copy-50): ${fifty.ms.toFixed(0)} ms (\`${fifty.stderr.split('\n').at(-1)}\`)`);
const text = `${lines.join('\n')}\n`;
writeFileSync(join(out, 'evidence.md'), text);
process.stdout.write(text);
