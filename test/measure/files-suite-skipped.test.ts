// Without FUSE (no interpreter with fusepy, no /dev/fuse) the files suite is skipped with one warning
// line that names the setup flag; it records no results, its claims are not decided, the run goes on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFilesSuite } from '../../bench/files.js';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { ProgressEvent } from '../../src/measure/suite.js';
import { fakeBase } from '../support/runner-base.js';

test('no FUSE: one line naming npm run setup -- --fuse, no results, claims undecided with why', async () => {
  const suite = createFilesSuite({ candidates: ['/nonexistent/python3'] });
  const events: ProgressEvent[] = [];
  const file = await runSuites({
    suites: [suite],
    context: collectContext('quick', {}),
    base: fakeBase(),
    execute: async () => {},
    emit: (e) => events.push(e),
    onUpdate: () => {},
  });
  const warnings = events.filter((e) => e.type === 'warning');
  assert.equal(warnings.length, 1);
  const line = warnings[0]?.type === 'warning' ? warnings[0].message : '';
  assert.ok(!line.includes('\n'), 'one line');
  assert.equal(line, 'files suite skipped: FUSE is not available here; install it with `npm run setup -- --fuse` (Debian: fuse3 and python3-fusepy; it needs /dev/fuse) (tried /nonexistent/python3: not found)');
  const [result] = file.suites;
  assert.equal(result?.state, 'completed');
  assert.deepEqual(result?.results, []);
  const claims = file.claims.filter((c) => c.suite === 'files');
  assert.equal(claims.length, 3);
  for (const claim of claims) {
    assert.equal(claim.holds, null, claim.id);
    assert.match(claim.evidence, /^not measured: FUSE is not available here; install it with `npm run setup -- --fuse`/);
  }
});
