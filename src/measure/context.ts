/** The run's context for results.json: what ran where (after mitata's run context). */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { gitOrNull } from '../git.js';
import type { RunContext } from '../results/schema.js';

/** A git probe must not hold up a run (a locked index, a slow network file system): 5 s, then no commit. */
const GIT_TIMEOUT_MS = 5000;

/** The version in package.json (`0.0.0` when it cannot be read): what `--version` prints and results.json records. */
export function toolVersion(): string {
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
  const commit = gitOrNull(['rev-parse', 'HEAD'], cwd, { timeoutMs: GIT_TIMEOUT_MS });
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
    git: commit ? { commit, dirty: (gitOrNull(['status', '--porcelain', '--untracked-files=no'], cwd, { timeoutMs: GIT_TIMEOUT_MS }) ?? '') !== '' } : null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    preset,
    options,
  };
}
