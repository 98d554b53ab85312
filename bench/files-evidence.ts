/**
 * `npm run bench:files`: the issue's table, reproduced by the suites, and the mount's safety.
 *
 * 1. The files suite at the issue's sizes (N = 16 files, d = 100 ms, UV_THREADPOOL_SIZE 1, 4 and 16,
 *    the standard preset's rounds) and the python suite's files part on the same kind of mount
 *    (quick preset, --delay 100), each its own bench process (`--no-charts`).
 * 2. The table: each row's median against its model, and whether it is within 15% of it; the
 *    starvation figures (pbkdf2 and dns.lookup alone and behind the reads).
 * 3. Ctrl-C in the middle of the files suite, `--tries` times: exit 130, and `grep fuse /proc/mounts`
 *    shows no mount of ours afterwards.
 *
 * Prints Markdown; `--out DIR` keeps the results files (default: a temporary folder).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { slowFileMounts } from '../servers/slow-files.js';
import { validateInteger } from '../src/cli/validate.js';
import { readResultsFile } from '../src/results/read.js';
import type { CompletedResult, ResultsFile } from '../src/results/schema.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const D = 100;
const N = 16;

function bench(args: string[], onStderr?: (text: string, kill: () => void) => void): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      err += c;
      onStderr?.(err, () => child.kill('SIGINT'));
    });
    child.once('exit', (code) => resolve(code));
  });
}

const find = (file: ResultsFile, suite: string, workload: string, strategy: string, point: Record<string, number>): CompletedResult | undefined =>
  file.suites
    .find((s) => s.name === suite)
    ?.results.find(
      (r): r is CompletedResult =>
        r.state === 'completed' && r.workload === workload && r.strategy === strategy && Object.entries(point).every(([k, v]) => r.point[k] === v),
    );

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, tries: { type: 'string' } } });
  const out = values.out ?? mkdtempSync(join(tmpdir(), 'asyncbench-files-evidence-'));
  const tries = validateInteger(values.tries ?? '3', '--tries', 0, 20);
  const node = join(out, 'node');
  const python = join(out, 'python');
  const common = ['--no-charts', '--wait-for-idle', '30', '--quiet'];
  const codeNode = await bench(['--suite', 'files', '--preset', 'standard', '--tasks', String(N), '--delay', String(D), '--pool-sizes', '1,4,16', '--out', node, ...common]);
  const codePython = await bench(['--suite', 'python', '--preset', 'quick', '--delay', String(D), '--out', python, ...common]);
  const files = await readResultsFile(join(node, 'results.json'));
  const py = await readResultsFile(join(python, 'results.json'));

  const rows: Array<[string, CompletedResult | undefined]> = [
    ['`readFileSync`, one by one', find(files, 'files', 'file', 'sequential', { tasks: N })],
    ...[1, 4, 16].map((s): [string, CompletedResult | undefined] => [`\`Promise.all\` of \`fs.promises.readFile\`, \`UV_THREADPOOL_SIZE=${s}\``, find(files, 'files', 'file', 'concurrent', { poolSize: s, tasks: N })]),
    ['`k = 8` at a time (p-limit), `UV_THREADPOOL_SIZE=4`', find(files, 'files', 'file', 'bounded', { poolSize: 4, tasks: N })],
    ['`readFileSync` in a worker pool of W threads', find(files, 'files', 'file', 'worker-pool', { tasks: N })],
    ['the same N calls on sockets (I/O server), `UV_THREADPOOL_SIZE=1`', find(files, 'files', 'io', 'concurrent', { poolSize: 1, tasks: N })],
    ['Python, `open().read()` one by one', find(py, 'python', 'file', 'sequential', {})],
    ['Python, `asyncio.gather` of `asyncio.to_thread`', find(py, 'python', 'file', 'to-thread', {})],
  ];
  const lines = [
    `Files suite: \`npm run bench -- --suite files --preset standard --tasks ${N} --delay ${D} --pool-sizes 1,4,16\` (exit ${String(codeNode)}); ` +
      `python: \`npm run bench -- --suite python --preset quick --delay ${D}\` (exit ${String(codePython)}). Node ${files.context.node}, ` +
      `${files.context.cpu.model} x ${files.context.cpu.cores}.`,
    '',
    `| reading the ${N} files (d = ${D} ms) | median | model | median / model | within 15% |`,
    '|---|---|---|---|---|',
    ...rows.map(([label, r]) => {
      if (!r) return `| ${label} | not measured | | | |`;
      const ratio = r.stats.median / r.ideal;
      const extra = r.params.threads !== undefined ? ` (${String(r.params.threads)} threads)` : '';
      return `| ${label}${extra} | ${r.stats.median.toFixed(1)} ms | ${r.ideal.toFixed(0)} ms (\`${r.idealFormula}\`) | ${ratio.toFixed(3)} | ${Math.abs(ratio - 1) <= 0.15 ? 'yes' : '**no**'} |`;
    }),
    '',
    '| victim (UV_THREADPOOL_SIZE=4) | alone | behind 16 slow reads | model |',
    '|---|---|---|---|',
    ...['pbkdf2', 'dns-lookup'].map((v) => {
      const idle = find(files, 'files', v === 'pbkdf2' ? 'cpu' : 'io', v, { fileLoad: 0 });
      const loaded = find(files, 'files', v === 'pbkdf2' ? 'cpu' : 'io', v, { fileLoad: N });
      return `| ${v} | ${idle?.stats.median.toFixed(2) ?? '-'} ms | ${loaded?.stats.median.toFixed(1) ?? '-'} ms | ${loaded?.ideal.toFixed(1) ?? '-'} ms |`;
    }),
    '',
    'Claims: ' + [...files.claims, ...py.claims.filter((c) => c.id.includes('files'))].map((c) => `${c.id} ${c.holds === true ? '✔' : c.holds === false ? '✘' : '?'}`).join(', '),
  ];

  // Ctrl-C in the middle: once a child process runs (the mount is up), SIGINT.
  const mounts = () => slowFileMounts(readFileSync('/proc/mounts', 'utf8'));
  for (let t = 0; t < tries; t++) {
    const before = new Set(mounts());
    let seen = 0;
    let sent = false;
    // Once the mount is up, SIGINT a while later: 0.5 s, 1.5 s, 2.5 s ... (a child reading by then).
    const code = await bench(['--suite', 'files', '--preset', 'quick', '--wait-for-idle', '0', '--no-charts', '--out', join(out, `sigint-${t}`)], (text, kill) => {
      if (!sent && /slow files of .* mounted at/.test(text)) {
        sent = true;
        setTimeout(() => {
          seen = mounts().filter((m) => !before.has(m)).length;
          kill();
        }, 500 + 1000 * t);
      }
    });
    const left = mounts().filter((m) => !before.has(m));
    lines.push(`Ctrl-C try ${t + 1} (${500 + 1000 * t} ms after the mount): ${seen} mount(s) while reading, exit ${String(code)}, ${left.length === 0 ? 'no mount left in /proc/mounts' : `**left: ${left.join(', ')}**`}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
