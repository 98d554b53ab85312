import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const HOOK = new URL('./block-chart-imports.js', import.meta.url).href;
const REPORT = new URL('../../src/report/', import.meta.url);

/**
 * Imports the given dist/src/report modules in a fresh process with the chart packages blocked
 * (a resolve hook that throws on them), then checks no chart package got in through require() either.
 */
function importBlocked(modules: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const urls = modules.map((m) => new URL(m, REPORT).href);
  const script = String.raw`
import { createRequire, register } from 'node:module';
const { CHART_PACKAGE } = await import(${JSON.stringify(HOOK)});
register(${JSON.stringify(HOOK)});
for (const url of ${JSON.stringify(urls)}) await import(url);
const required = Object.keys(createRequire(${JSON.stringify(HOOK)}).cache).filter((path) => CHART_PACKAGE.test(path));
if (required.length > 0) throw new Error('chart renderer loaded through require: ' + required.join(', '));
console.log('no chart package loaded');
`;
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

test('the text reporters (terminal, rows, summary.md, index.html) never load chart.js, chartjs-node-canvas or canvas', () => {
  const child = importBlocked(['terminal.js', 'rows.js', 'markdown.js', 'html.js', 'palette.js', 'context-text.js']);
  assert.equal(child.stderr, '');
  assert.equal(child.stdout, 'no chart package loaded\n');
  assert.equal(child.status, 0);
});

test('the report entry (report/index.js) loads the renderer only when it draws a chart: --no-charts never loads it', () => {
  const child = importBlocked(['index.js']);
  assert.equal(child.stderr, '');
  assert.equal(child.status, 0);
});

test('the guard bites: the renderer imported under it fails and names its importer', () => {
  const child = importBlocked(['charts/render.js']);
  assert.notEqual(child.status, 0);
  assert.match(child.stderr, /chart renderer loaded: 'chartjs-node-canvas' imported from file:.*\/charts\/render\.js/);
});
