/**
 * A run's testbed: which kind of machine produced it. Its key is built from what decides the
 * figures (the OS, the architecture, the CPU model, the cores available to the process and the Node
 * major), so two runs with the same key can be gated against each other and two with different keys
 * cannot (compare exits 2). Its label is a human name (`bench --label`), by default the key.
 *
 * Pure: from a run's context only. Files written before the testbed was recorded get theirs from
 * the same context fields, so every results file has one.
 */
import type { RunContext } from './schema.js';

export interface Testbed {
  /** e.g. `linux-x64-amd-epyc-2c-node20`. */
  key: string;
  /** `--label`, or the key. */
  label: string;
}

/** The Node major of `v20.20.2`: `20` (the version itself when it does not parse). */
export function nodeMajor(version: string): string {
  return /^v?(\d+)/.exec(version)?.[1] ?? version;
}

/**
 * The CPU model as a key part: lower case, the marks and filler words of vendors' names left out
 * (`(R)`, `(TM)`, `CPU`, `Processor`, `@ 2.80GHz`: the frequency is part of the model's name and
 * says nothing more), every other run of characters that are not letters or digits one `-`.
 * `Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz` -> `intel-xeon-platinum-8370c`.
 */
export function cpuSlug(model: string): string {
  const slug = model
    .toLowerCase()
    .replace(/\((r|tm|c)\)/g, ' ')
    .replace(/@\s*[\d.]+\s*[gm]hz/g, ' ')
    .replace(/\b(cpu|processor)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'unknown-cpu' : slug;
}

/** The key of a context: `<platform>-<arch>-<cpu>-<cores>c-node<major>`. */
export function testbedKey(context: Pick<RunContext, 'os' | 'cpu' | 'node'>): string {
  return `${context.os.platform}-${context.os.arch}-${cpuSlug(context.cpu.model)}-${context.cpu.cores}c-node${nodeMajor(context.node)}`;
}

/** A run's testbed: the one it recorded, or (files from before it was recorded) the one its context gives. */
export function testbedOf(context: Pick<RunContext, 'os' | 'cpu' | 'node' | 'testbed'>): Testbed {
  if (context.testbed) return context.testbed;
  const key = testbedKey(context);
  return { key, label: key };
}

/** The testbed a new run records: its key, and `label` or the key. */
export function newTestbed(context: Pick<RunContext, 'os' | 'cpu' | 'node'>, label?: string): Testbed {
  const key = testbedKey(context);
  return { key, label: label ?? key };
}
