/** `npm run schema`: prints the JSON Schema of results.json (generated from src/results/schema.ts) to stdout. */
import { resultsJsonSchema } from '../results/json-schema.js';

process.stdout.write(resultsJsonSchema());
