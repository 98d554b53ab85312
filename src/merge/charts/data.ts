/** Picking one figure per machine out of a merged file, for merge's charts. */
import type { CompletedResult } from '../../results/schema.js';
import { completedOf, findSuite, isEmptyPoint } from '../../report/charts/data.js';
import type { Machine, MergedFile } from '../merged.js';

/**
 * The most machines a chart names or labels one by one: past it, names and figures would overlap or
 * fill the chart (the tables and the alt text still give every figure).
 */
export const MAX_LABELLED = 12;

/** A machine's result of `strategy` in `suite` (at the point `{}`), with the suite's sequential beside it. */
export interface MachineResult {
  machine: Machine;
  result: CompletedResult;
  sequential: CompletedResult | undefined;
}

/**
 * Each machine's completed `strategy` result in `suite` (workload the suite's name), at the point `{}`:
 * `found` in machine order, and the labels of the machines without one (suite not run or errored).
 */
export function machineResults(merged: MergedFile, suite: 'io' | 'cpu', strategy: string): { found: MachineResult[]; missing: string[] } {
  const found: MachineResult[] = [];
  const missing: string[] = [];
  merged.machines.forEach((machine, i) => {
    const results = merged.inputs[i];
    const rows = results ? completedOf(findSuite(results, suite), suite).filter((r) => isEmptyPoint(r.point)) : [];
    const result = rows.find((r) => r.strategy === strategy);
    if (result) found.push({ machine, result, sequential: rows.find((r) => r.strategy === 'sequential') });
    else missing.push(machine.label);
  });
  return { found, missing };
}

/** `no worker-pool result: m3, m4`, a chart's second title line; null when every machine has one. */
export function missingLine(what: string, missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  const listed = missing.length <= 4 ? missing.join(', ') : `${missing.slice(0, 3).join(', ')} and ${missing.length - 3} more`;
  return `no ${what}: ${listed}`;
}
