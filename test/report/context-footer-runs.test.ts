// A file of several runs says so in the context line every chart and page carries: `--runs` of the
// bench, times the benches compare:refs merged; a file of one run is unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextFooter, runsOf } from '../../src/report/context-text.js';
import { CONTEXT } from './fixtures.js';

test('preset quick, 5 runs: from --runs, and from the runs of merged benches', () => {
  const withOptions = (options: Record<string, unknown>) => ({ ...CONTEXT, preset: 'quick', options });
  assert.equal(runsOf(withOptions({ runs: 5 })), 5);
  assert.equal(runsOf(withOptions({ runs: 1, mergedRuns: 5 })), 5);
  assert.equal(runsOf(withOptions({ runs: 2, mergedRuns: 3 })), 6);
  assert.equal(runsOf(withOptions({})), 1);
  assert.match(contextFooter(withOptions({ runs: 5 })), / · preset quick, 5 runs · /);
  assert.doesNotMatch(contextFooter(withOptions({ runs: 1 })), /runs/);
});
