import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMerge } from '../../src/merge/index.js';
import { merge } from '../../src/merge/merge.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/report/charts/config.js';
import { pngSize } from '../report/png.js';
import { twoMachines } from './fixtures.js';

test('a merge renders summary.md, claims-matrix.md, index.html with both PNGs inlined, the PNGs at the house size, and merged.json', async () => {
  const { merged } = merge(twoMachines());
  const files = await renderMerge(merged);
  assert.deepEqual(
    files.map((f) => f.path),
    ['summary.md', 'claims-matrix.md', 'index.html', 'machines-cpu-scaling.png', 'machines-io.png', 'merged.json'],
  );
  // The job summary's copy: summary.md up to its charts, whose relative links a job summary cannot show.
  const summary = String(files[0]?.content);
  assert.equal(String(files[1]?.content), summary.slice(0, summary.indexOf('\n## Charts')));
  for (const file of files.filter((f) => f.path.endsWith('.png'))) {
    assert.ok(Buffer.isBuffer(file.content), file.path);
    assert.deepEqual(pngSize(file.content as Buffer), { width: CHART_WIDTH, height: CHART_HEIGHT }, file.path);
    // Not a blank image: a blank 1200×700 white PNG compresses to well under 5 kB.
    assert.ok((file.content as Buffer).length > 5000, `${file.path} looks blank`);
    const html = String(files.find((f) => f.path === 'index.html')?.content);
    assert.ok(html.includes(`data:image/png;base64,${(file.content as Buffer).toString('base64')}`), `${file.path} inlined`);
  }
  const json = JSON.parse(String(files.find((f) => f.path === 'merged.json')?.content)) as { kind: string; version: number; inputs: unknown[] };
  assert.deepEqual([json.kind, json.version, json.inputs.length], ['asyncbench-merged', 1, 2]);
});
