#!/usr/bin/env node
/**
 * `asyncbench <command> [options]`: the command on the PATH (package.json `bin`). Each subcommand is
 * the same main() as its `npm run` script, loaded only when asked (so `--version` never loads the
 * chart renderer). `--version` anywhere before a `--` prints package.json's version; an unknown
 * subcommand is one line on stderr and exit 2.
 *
 * The one file of src/ that imports bench/ and servers/: it is the program's entry and wires the
 * suites in, as bench/main.ts does (eslint.config.js exempts it from the src/ -> bench/ rule).
 */
import { EXIT } from '../errors.js';
import { toolVersion } from '../measure/context.js';
import { type ExitOptions, exitWith } from './exit.js';

/** One subcommand: its name, its line in --help, and how it runs. */
interface Subcommand {
  name: string;
  summary: string;
  /** The prefix of its error lines (the `npm run` script's name). */
  prefix: string;
  exit?: ExitOptions;
  run(argv: readonly string[]): Promise<number>;
}

/** Every subcommand, in the order of --help. */
const SUBCOMMANDS: readonly Subcommand[] = [
  {
    name: 'bench',
    summary: 'run the suites here; write results.json, summary.md, index.html and charts',
    prefix: 'asyncbench',
    run: async (argv) => (await import('../../bench/main.js')).main(argv),
  },
  {
    name: 'report',
    summary: 're-render the report of a saved results.json, without running anything',
    prefix: 'report',
    // A file-system error while writing (EACCES, ENOSPC, ENOTDIR...): one line, like a bad input.
    exit: { fileSystemErrorsAreUsage: true },
    run: async (argv) => (await import('./report.js')).main(argv),
  },
  {
    name: 'merge',
    summary: 'merge the results of runs on several machines into one report (claims matrix)',
    prefix: 'merge',
    // A file-system error while writing (EACCES, ENOSPC, ENOTDIR...): one line, like a bad input.
    exit: { fileSystemErrorsAreUsage: true },
    run: async (argv) => (await import('./merge.js')).main(argv),
  },
  {
    name: 'compare',
    summary: 'compare two results files metric by metric; exit 1 on a gated regression',
    prefix: 'compare',
    run: async (argv) => (await import('./compare.js')).main(argv),
  },
  {
    name: 'compare-refs',
    summary: 'bench two git refs in temporary worktrees, interleaved, and compare them',
    prefix: 'compare:refs',
    run: async (argv) => (await import('./compare-refs.js')).runWithSignals(argv),
  },
  {
    name: 'serve',
    summary: 'start the local I/O and CPU servers and print their URLs (until Ctrl-C)',
    prefix: 'asyncbench-servers',
    run: async (argv) => {
      await (await import('../../servers/main.js')).main(argv);
      return EXIT.ok;
    },
  },
];

/** The text of `asyncbench --help`. */
export function mainHelp(): string {
  const width = Math.max(...SUBCOMMANDS.map((c) => c.name.length));
  const lines = SUBCOMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `asyncbench ${toolVersion()}: measure when async helps, on this machine

Usage: asyncbench <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help     show this help (asyncbench <command> --help: that command's options)
  -V, --version  print the version (also after any command)
`;
}

/** Runs `argv` (without node and the script) and sets the process's exit code. */
function dispatch(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const own = end === -1 ? argv : argv.slice(0, end);
  if (own.includes('--version') || own.includes('-V')) {
    process.stdout.write(`${toolVersion()}\n`);
    return;
  }
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(mainHelp());
    process.exitCode = EXIT.usage;
    return;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return;
  }
  const command = SUBCOMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    process.stderr.write(`asyncbench: unknown command '${name}' (commands: ${SUBCOMMANDS.map((c) => c.name).join(', ')}; see --help)\n`);
    process.exitCode = EXIT.usage;
    return;
  }
  exitWith(command.prefix, command.run(rest), command.exit);
}

dispatch(process.argv.slice(2));
