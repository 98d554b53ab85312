// A results file that is wrong in any way the schema can tell is one InvalidResultsError whose one
// line names the file, the JSON path and what was expected: never a crash further down.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InvalidResultsError } from '../../src/errors.js';
import { validateResults } from '../../src/results/read.js';
import { completeRun } from '../report/fixtures.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand edit pokes at any depth of the file
type Loose = Record<string, any>;
type Mutation = (file: Loose) => void;

const CASES: Array<[string, Mutation, string]> = [
  ['a result without stats', (f) => delete f.suites[0].results[0].stats, 'suites[0].results[0].stats: Invalid input: expected object, received undefined'],
  ['context without cpu', (f) => delete f.context.cpu, 'context.cpu: Invalid input: expected object, received undefined'],
  ['a sample that is text', (f) => (f.suites[0].results[0].samples[0] = '12'), 'suites[0].results[0].samples[0]: Invalid input: expected number, received string'],
  ['an unknown result state', (f) => (f.suites[0].results[0].state = 'done'), "suites[0].results[0].state: Invalid discriminator value. Expected 'completed' | 'errored'"],
  ['a claim whose holds is text', (f) => (f.claims[0].holds = 'yes'), 'claims[0].holds: Invalid input: expected boolean, received string'],
  ['no claims', (f) => delete f.claims, 'claims: Invalid input: expected array, received undefined'],
  ['a newer version', (f) => (f.schemaVersion = 3), 'schemaVersion 3 is newer than this asyncbench reads (2): update asyncbench to read it'],
  ['version 0', (f) => (f.schemaVersion = 0), 'schemaVersion must be a whole number from 1 (got 0)'],
  ['a version that is text', (f) => (f.schemaVersion = '1'), 'schemaVersion must be a whole number from 1 (got "1")'],
];

test('each bad file is one InvalidResultsError naming the file and the JSON path', () => {
  for (const [what, mutate, message] of CASES) {
    const file = JSON.parse(JSON.stringify(completeRun())) as Loose;
    mutate(file);
    assert.throws(
      () => validateResults(file, 'x.json'),
      (e: unknown) => e instanceof InvalidResultsError && e.message === `x.json: ${message}` && !e.message.includes('\n'),
      what,
    );
  }
});

test('several problems: the first is named and the rest counted', () => {
  const file = JSON.parse(JSON.stringify(completeRun())) as Loose;
  delete file.context.cpu;
  delete file.context.node;
  assert.throws(() => validateResults(file, 'x.json'), /^InvalidResultsError: x\.json: context\.node: .* \(and 1 more problem\)$/);
});

test('a valid file reads back equal to what was written', () => {
  const file = completeRun();
  assert.deepEqual(validateResults(structuredClone(file), 'x.json'), file);
});
