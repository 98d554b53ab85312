/**
 * Writes the asked-for exports of a comparison (see exporters.ts) through the one writer, in the
 * registry's order; shared by `compare` and `compare:refs`. Returns the paths written.
 */
import { writeFileAtomic, writeOutputs } from '../report/writer.js';
import type { Comparison } from './compare.js';
import { type CompareOutputs, EXPORTERS, type Exporter } from './exporters.js';

/** Renders and writes every exporter that `outputs` names a path for; `exporters` is the registry. */
export async function writeComparisonOutputs(c: Comparison, outputs: CompareOutputs, exporters: readonly Exporter[] = EXPORTERS): Promise<string[]> {
  const written: string[] = [];
  for (const exporter of exporters) {
    const path = outputs[exporter.flag];
    if (path === undefined) continue;
    if (exporter.writes === 'file') {
      writeFileAtomic(path, await exporter.render(c));
      written.push(path);
    } else {
      written.push(...writeOutputs(path, await exporter.render(c)));
    }
  }
  return written;
}
