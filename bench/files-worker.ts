/** The files suite's worker-pool task (bench/files-child.ts, piscina): one blocking read, in a worker thread. */
import { readFileSync } from 'node:fs';

export default function readOne(file: string): number {
  return readFileSync(file).length;
}
