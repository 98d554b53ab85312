// The matrix workflow users copy (.github/workflows/bench-matrix.yml) passes the workflow lint, and
// has what the cross-machine report needs: a matrix over runner images and Node lines that does not
// stop at the first failure, a labelled quick bench per job, one uniquely named results file per
// artifact, and a merge job that downloads them all into one folder and writes the claims matrix
// into the job summary.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILE = join(ROOT, '.github', 'workflows', 'bench-matrix.yml');
const YML = readFileSync(FILE, 'utf8');

test('bench-matrix.yml lints clean', () => {
  const r = spawnSync(process.execPath, [join(ROOT, '.ci', 'lint-workflows.mjs'), FILE], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
});

test('the matrix: Linux x64 on Node 20, 22 and 24, Linux arm64, macOS; fail-fast off', () => {
  assert.match(YML, /^ {6}fail-fast: false$/m);
  for (const node of [20, 22, 24]) assert.match(YML, new RegExp(`\\{ os: ubuntu-latest, node: ${node}, label: linux-x64-node${node} \\}`));
  assert.match(YML, /\{ os: ubuntu-24\.04-arm, node: 24, label: linux-arm64-node24 \}/);
  assert.match(YML, /\{ os: macos-latest, node: 24, label: macos-arm64-node24 \}/);
});

test('each job benches quick with its label and uploads its results under a unique name', () => {
  assert.match(YML, /npm run bench -- --preset quick --label "\$LABEL"/);
  assert.match(YML, /cp "reports\/\$LABEL\/results\.json" "upload\/results-\$LABEL\.json"/);
  assert.match(YML, /name: asyncbench-results-\$\{\{ matrix\.label \}\}/);
});

test('the merge job downloads every artifact into one folder, merges, and writes the claims matrix into the summary', () => {
  const merge = YML.slice(YML.indexOf('\n  merge:'));
  assert.match(merge, /needs: bench/);
  assert.match(merge, /if: \$\{\{ !cancelled\(\) \}\}/);
  assert.match(merge, /uses: actions\/download-artifact@v\d+\n\s+with:\n\s+pattern: asyncbench-results-\*\n\s+path: results\n\s+merge-multiple: true/);
  assert.match(merge, /npm run merge -- results --out reports\/merged/);
  assert.match(merge, /cat reports\/merged\/claims-matrix\.md >> "\$GITHUB_STEP_SUMMARY"/);
});
