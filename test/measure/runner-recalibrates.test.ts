// A calibration slowed down by a neighbour makes every CPU burn short: the runner measures the loop
// again before each suite and hands the suites the fastest figure seen so far, with a note when it
// rose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectContext } from '../../src/measure/context.js';
import { runSuites } from '../../src/measure/runner.js';
import type { ProgressEvent, SuiteDefinition } from '../../src/measure/suite.js';
import { fakeBase } from '../support/runner-base.js';

test('each suite gets the fastest calibration so far; a faster one is noted', async () => {
  const seen: number[] = [];
  const def = (name: string): SuiteDefinition => ({
    name,
    title: name,
    params: () => ({}),
    claims: () => [],
    run: async (ctx) => {
      seen.push(ctx.itersPerMs);
    },
  });
  const calibrations = [80, 150, 120, 151];
  const notes: string[] = [];
  const base = { ...fakeBase(undefined, 2), itersPerMs: 100 };
  await runSuites({
    suites: [def('a'), def('b')],
    context: collectContext('quick', {}),
    base,
    execute: async () => {},
    emit: (e: ProgressEvent) => {
      if (e.type === 'note') notes.push(e.message);
    },
    onUpdate: () => {},
    recalibrate: () => calibrations.shift() ?? 0,
  });
  // Run 1: a (max(100, 80)), b (150); run 2: a (max(150, 120)), b (151).
  assert.deepEqual(seen, [100, 150, 150, 151]);
  // 150 is 50% above 100: noted; 151 is within 5% of 150: not.
  assert.equal(notes.length, 1);
  assert.match(notes[0] ?? '', /recalibrated: 150 iterations per ms, 50% faster/);
});
