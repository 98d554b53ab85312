import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderReport } from '../../src/report/index.js';
import { brokenRun, completeRun } from './fixtures.js';

test('the same results render byte-identical twice (charts, markdown, html)', async () => {
  for (const fixture of [completeRun, brokenRun]) {
    const first = await renderReport(fixture());
    const second = await renderReport(fixture());
    assert.equal(first.length, second.length);
    first.forEach((file, i) => {
      const other = second[i];
      assert.equal(other?.path, file.path);
      assert.ok(Buffer.from(file.content).equals(Buffer.from(other?.content ?? '')), `${file.path} differs between renders`);
    });
  }
});

test('renderReport returns summary.md, index.html and the charts, never results.json', async () => {
  const files = await renderReport(completeRun());
  assert.deepEqual(
    files.map((f) => f.path),
    ['summary.md', 'index.html', 'headline.png', 'io-strategies.png', 'cpu-strategies.png', 'io-scaling.png', 'cpu-scaling.png', 'event-loop-delay.png'],
  );
});
