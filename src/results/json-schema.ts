/**
 * The JSON Schema of results.json, generated from the one zod definition (schema.ts), so tools that
 * speak JSON Schema (editors, ajv, other languages) read the same contract. The committed copy is
 * docs/results.schema.json (`npm run schema` rewrites it; test/results/json-schema-current.test.ts
 * fails when it is stale).
 */
import { z } from 'zod';
import { ResultsFileSchema, SCHEMA_VERSION } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) as the text committed to docs/, ending with a newline. It describes
 * what a reader accepts (zod's input side): unknown fields are allowed, as a newer optional field must be.
 */
export function resultsJsonSchema(): string {
  const schema = {
    title: `asyncbench results.json, schema version ${SCHEMA_VERSION}`,
    ...z.toJSONSchema(ResultsFileSchema, { target: 'draft-2020-12', io: 'input' }),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
