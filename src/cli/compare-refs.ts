/**
 * `npm run compare:refs -- <base-ref> [<head-ref>] [options]`: benches two git refs on this machine in
 * temporary worktrees, interleaved, then compares them like `compare` (same options, same exit codes,
 * 1 also when a bench run fails; 130 when interrupted, after the worktrees are removed).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compare } from '../compare/compare.js';
import { writeComparisonOutputs } from '../compare/outputs.js';
import { toText } from '../compare/text.js';
import { EXIT, InvalidOptionError } from '../errors.js';
import { INSTALL_MODES, runRefs } from '../refs/run-refs.js';
import { spawnRunner } from '../refs/runner.js';
import { repoRoot } from '../refs/worktrees.js';
import { writeFileAtomic } from '../report/writer.js';
import { COMPARE_OPTIONS_HELP, COMPARE_OPTION_SPEC, parseOrThrow, resolveCompareOptions, resolveOutputs } from './compare-options.js';
import { exitWith } from './exit.js';
import { validateInteger, validateOneOf } from './validate.js';

/** Defaults of the refs-specific options. */
const REFS_DEFAULTS = { runs: 6, preset: 'quick', install: 'ci', out: 'reports/compare-refs' } as const;

/** The text of --help. */
export const HELP = `Usage: npm run compare:refs -- <base-ref> [<head-ref>] [options]

Checks both refs out into temporary git worktrees, installs and runs the bench in each, interleaving
base and head runs (A B A B ...) so machine drift cancels, merges each ref's runs and compares them.
<head-ref> defaults to HEAD (committed changes only: commit or stash your work first).

Options:
  --runs N                  bench runs per ref, each its own bench process; compare tests one value
                            per run: 5 per side is the fewest that can reach p < 0.01, a sixth lets
                            a crowded run be left out (default ${REFS_DEFAULTS.runs})
  --preset NAME             bench preset (default ${REFS_DEFAULTS.preset})
  --install ci|link|none    ci: npm ci in each worktree (default); link: reuse this checkout's
                            node_modules (fast, offline; only when dependencies did not change); none
  --bench-args "ARGS"       extra arguments for the bench, e.g. "--suite io,cpu"
  --out DIR                 where the merged base.json and head.json go (default ${REFS_DEFAULTS.out})
${COMPARE_OPTIONS_HELP}

Exit codes: 0 nothing gated regressed, 1 a gated metric regressed or a bench run failed,
2 bad option or ref, 3 internal failure (an output could not be written, or a bug),
130 interrupted (worktrees removed).
`;

/** Runs the command; returns the exit code, or rejects with a harness error (an abort of `signal`: interrupted, worktrees removed). */
export async function main(argv: readonly string[], signal: AbortSignal): Promise<number> {
  const { values, positionals } = parseOrThrow({
    args: [...argv],
    options: {
      ...COMPARE_OPTION_SPEC,
      runs: { type: 'string' },
      preset: { type: 'string' },
      install: { type: 'string' },
      'bench-args': { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length < 1 || positionals.length > 2) {
    throw new InvalidOptionError(`compare:refs needs <base-ref> and an optional <head-ref> (got ${positionals.length} arguments)`);
  }
  const [baseRef, headRef = 'HEAD'] = positionals as [string, string?];
  const runs = values.runs === undefined ? REFS_DEFAULTS.runs : validateInteger(values.runs, '--runs', 1, 100);
  const preset = values.preset ?? REFS_DEFAULTS.preset;
  if (!/^[\w-]+$/.test(preset)) throw new InvalidOptionError(`--preset must be a preset name (got '${preset}')`);
  const install = values.install === undefined ? REFS_DEFAULTS.install : validateOneOf(values.install, '--install', INSTALL_MODES);
  const benchArgs = (values['bench-args'] ?? '').split(/\s+/).filter((a) => a.length > 0);
  const out = values.out ?? REFS_DEFAULTS.out;
  const options = resolveCompareOptions(values);
  const outputs = resolveOutputs(values);

  const repo = repoRoot(process.cwd());
  const log = (line: string): void => void process.stderr.write(`compare:refs: ${line}\n`);
  const outcome = await runRefs({ repo, baseRef, headRef, runs, preset, install, benchArgs }, { run: spawnRunner, signal, log });
  const basePath = join(out, 'base.json');
  const headPath = join(out, 'head.json');
  writeFileAtomic(basePath, `${JSON.stringify(outcome.base, null, 2)}\n`);
  writeFileAtomic(headPath, `${JSON.stringify(outcome.head, null, 2)}\n`);
  log(`merged runs written to ${basePath} and ${headPath} (re-compare with: npm run compare -- ${basePath} ${headPath})`);
  const comparison = compare(outcome.base, outcome.head, {
    ...options,
    labels: { baseline: `${baseRef} (${outcome.commits.base.slice(0, 12)}, ${runs} runs)`, current: `${headRef} (${outcome.commits.head.slice(0, 12)}, ${runs} runs)` },
  });
  process.stdout.write(toText(comparison));
  for (const path of await writeComparisonOutputs(comparison, outputs)) log(`wrote ${path}`);
  return comparison.failed ? EXIT.failure : EXIT.ok;
}

/** main() with Ctrl-C / SIGTERM wired to abort it (runRefs removes the worktrees before it settles). */
export function runWithSignals(argv: readonly string[]): Promise<number> {
  const controller = new AbortController();
  const onSignal = (name: string) => (): void => {
    if (!controller.signal.aborted) process.stderr.write(`compare:refs: ${name}: stopping the bench and removing worktrees\n`);
    controller.abort();
  };
  process.on('SIGINT', onSignal('SIGINT'));
  process.on('SIGTERM', onSignal('SIGTERM'));
  return main(argv, controller.signal);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitWith('compare:refs', runWithSignals(process.argv.slice(2)));
}
