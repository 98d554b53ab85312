/** The run contexts side by side, and the differences that make absolute figures incomparable. */
import type { ResultsFile } from '../results/schema.js';
import { nodeMajor } from '../results/testbed.js';

/** What compare shows of a run's context. */
export interface ContextSummary {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  arch: string;
  preset: string;
  commit: string | null;
  startedAt: string;
}

export function summarizeContext(file: ResultsFile): ContextSummary {
  const c = file.context;
  return {
    cpu: String(c.cpu?.model ?? 'unknown'),
    cores: Number(c.cpu?.cores ?? 0),
    node: String(c.node ?? 'unknown'),
    platform: String(c.os?.platform ?? 'unknown'),
    arch: String(c.os?.arch ?? 'unknown'),
    preset: String(c.preset ?? 'unknown'),
    commit: c.git ? `${c.git.commit.slice(0, 12)}${c.git.dirty ? ' (dirty)' : ''}` : null,
    startedAt: String(c.startedAt ?? ''),
  };
}

/** One line per difference that matters for comparing figures: CPU model, cores, Node major, OS, preset. */
export function contextDifferences(a: ContextSummary, b: ContextSummary): string[] {
  const out: string[] = [];
  if (a.cpu !== b.cpu) out.push(`CPU model differs: ${a.cpu} → ${b.cpu}`);
  if (a.cores !== b.cores) out.push(`CPU cores differ: ${a.cores} → ${b.cores}`);
  if (nodeMajor(a.node) !== nodeMajor(b.node)) out.push(`Node major differs: ${a.node} → ${b.node}`);
  if (a.platform !== b.platform || a.arch !== b.arch) {
    out.push(`OS differs: ${a.platform}/${a.arch} → ${b.platform}/${b.arch}`);
  }
  if (a.preset !== b.preset) out.push(`preset differs: ${a.preset} → ${b.preset}`);
  return out;
}
