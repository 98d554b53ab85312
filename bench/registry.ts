/** Every suite `npm run bench` knows, in the order they run. Adding a suite: one file, one line. */
import type { SuiteDefinition } from '../src/measure/suite.js';
import { cpuSuite } from './cpu.js';
import { filesSuite } from './files.js';
import { ioSuite } from './io.js';
import { loadSuite } from './load.js';
import { mixedSuite } from './mixed.js';
import { scalingSuite } from './scaling.js';
import { targetSweepSuite } from './target-sweep.js';
import { pythonSuite } from './python.js';
import { threadpoolSuite } from './threadpool.js';

export const SUITES: readonly SuiteDefinition[] = [ioSuite, cpuSuite, scalingSuite, loadSuite, mixedSuite, threadpoolSuite, filesSuite, pythonSuite, targetSweepSuite];
