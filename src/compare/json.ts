/** JSON exporter: the verdicts as data, versioned. Infinite changes become null. Returns text. */
import type { Comparison } from './compare.js';

/** The `kind` of a comparison file, so tools can tell it from a results file. */
const COMPARISON_KIND = 'asyncbench-comparison';
/**
 * 2: a verdict may be `within-noise` (the noise floor's, `unchanged` in 1), and each side says what
 * was tested (`of: "runs" | "samples"`).
 */
const COMPARISON_SCHEMA_VERSION = 2;

/** The comparison as a JSON document, with its kind and version first. */
export function toJson(c: Comparison): string {
  const doc = { kind: COMPARISON_KIND, schemaVersion: COMPARISON_SCHEMA_VERSION, ...c };
  return `${JSON.stringify(doc, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
