/** Runs the compiled bench in a child process and collects what it printed. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BENCH_MAIN = fileURLToPath(new URL('../../bench/main.js', import.meta.url));

export interface BenchRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startBench(args: string[]): BenchRun {
  // Tests start at once: a busy CI machine must not add the default 30 s wait to each one.
  const child = spawn(process.execPath, [BENCH_MAIN, '--wait-for-idle', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    out += c;
  });
  child.stderr?.setEncoding('utf8').on('data', (c: string) => {
    err += c;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, stdout: () => out, stderr: () => err, exit };
}

/** PIDs of running server processes (dist/servers/main.js). */
export function serverPids(): Set<number> {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return new Set(
    out
      .split('\n')
      .filter((line) => line.includes('servers/main.js'))
      .map((line) => Number.parseInt(line.trim(), 10)),
  );
}
