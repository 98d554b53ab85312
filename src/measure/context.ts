/** The run's context for results.json: what ran where (after mitata's run context). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { RunContext } from '../results/schema.js';

function git(args: string[], cwd: string): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  } catch {
    return null;
  }
}

function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Collects the context; `cwd` is where git is asked for the commit. */
export function collectContext(preset: string, options: Record<string, unknown>, cwd = process.cwd()): RunContext {
  const cpus = os.cpus();
  const commit = git(['rev-parse', 'HEAD'], cwd);
  return {
    tool: { name: 'asyncbench', version: toolVersion() },
    node: process.version,
    v8: process.versions.v8,
    os: { platform: process.platform, release: os.release(), arch: process.arch },
    cpu: {
      model: cpus[0]?.model.trim() ?? 'unknown',
      cores: os.availableParallelism(),
      speedMHz: cpus[0]?.speed || null,
    },
    memoryBytes: os.totalmem(),
    git: commit ? { commit, dirty: (git(['status', '--porcelain', '--untracked-files=no'], cwd) ?? '') !== '' } : null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    preset,
    options,
  };
}
