// docs/results.schema.json is the JSON Schema generated from src/results/schema.ts: a change to the
// schema without `npm run schema` fails here (and so in CI).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { resultsJsonSchema } from '../../src/results/json-schema.js';

const committed = new URL('../../../docs/results.schema.json', import.meta.url);

test('docs/results.schema.json is current (run `npm run schema` after changing the schema)', () => {
  assert.equal(readFileSync(committed, 'utf8'), resultsJsonSchema());
});

test('the JSON Schema carries the field descriptions and requires what readers touch', () => {
  const schema = JSON.parse(resultsJsonSchema()) as { required: string[]; properties: Record<string, { description?: string }> };
  assert.deepEqual(schema.required.sort(), ['claims', 'context', 'kind', 'schemaVersion', 'status', 'suites']);
  assert.match(schema.properties.status?.description ?? '', /interrupted/);
});
