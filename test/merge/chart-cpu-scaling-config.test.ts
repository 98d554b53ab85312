import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cpuScalingConfig, dodgedX, idealPoints, type PoolPoint } from '../../src/merge/charts/cpu-scaling.js';
import { merge } from '../../src/merge/merge.js';
import { machineRun, ONE_CORE, TWO_CORES, twoMachines } from './fixtures.js';

type Dataset = { label: string; data: Array<{ x: number; y: number }>; showLine?: boolean; borderDash?: number[] };

const round = (points: Array<{ x: number; y: number }>) => points.map((p) => ({ x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 }));

test('machines-cpu-scaling: one point per machine at its cores, named with its speedup and W, the ideal min(W, cores) dashed', () => {
  const config = cpuScalingConfig(merge(twoMachines()).merged);
  const datasets = config.data.datasets as unknown as Dataset[];
  assert.deepEqual(
    datasets.map((d) => [d.label, round(d.data)]),
    [
      ['linux-1c: 1.0× (W=1)', [{ x: 1, y: 0.98 }]],
      ['linux-2c: 0.9× (W=2)', [{ x: 2, y: 0.9 }]],
      // W = cores on each machine: the ideal is the cores themselves.
      ['ideal min(W, cores)', [{ x: 1, y: 1 }, { x: 2, y: 2 }]],
      ['sequential (1×)', [{ x: 1, y: 1 }, { x: 2.5, y: 1 }]],
    ],
  );
  assert.equal(datasets[0]?.showLine, false);
  assert.deepEqual(datasets[2]?.borderDash, [8, 5]);
  const x = config.options?.scales?.x as { min: number; max: number; title: { text: string } };
  assert.deepEqual([x.min, x.max, x.title.text], [0, 3, 'cores the process could use (context.cpu.cores)']);
  // The finding on a line of its own, under the title.
  const title = (config.options?.plugins?.title as { text: string[] }).text;
  assert.deepEqual(title, ['Worker-pool speedup against cores, one point per machine', '0.9× on 2 cores to 1.0× on 1 core']);
});

test('with one W on every machine the ideal bends at cores = W and runs flat past the last machine', () => {
  const point = (cores: number): PoolPoint => ({ machine: `m${cores}`, cores, workers: 4, speedup: 1 });
  assert.deepEqual(idealPoints([point(2), point(8)], 8.5), [
    { x: 1, y: 1 },
    { x: 2, y: 2 },
    { x: 4, y: 4 },
    { x: 8, y: 4 },
    { x: 8.5, y: 4 },
  ]);
});

test('machines on the same cores stand side by side around it, so no point hides another', () => {
  const point = (machine: string, cores: number): PoolPoint => ({ machine, cores, workers: cores, speedup: 1 });
  assert.deepEqual(dodgedX([point('a', 2), point('b', 4), point('c', 2), point('d', 2)]), [1.9, 4, 2, 2.1]);
});

test('a machine without a worker-pool result is named under the title, the others still drawn', () => {
  const run = machineRun(TWO_CORES);
  run.suites = run.suites.filter((s) => s.name !== 'cpu');
  const { merged } = merge([
    { source: 'a.json', results: machineRun(ONE_CORE) },
    { source: 'b.json', results: run },
  ]);
  const config = cpuScalingConfig(merged);
  assert.deepEqual((config.options?.plugins?.title as { text: string[] }).text, [
    'Worker-pool speedup against cores, one point per machine',
    '1.0× on 1 core',
    'no worker-pool result in the cpu suite: linux-2c',
  ]);
  assert.deepEqual((config.data.datasets as unknown as Dataset[]).map((d) => d.label)[0], 'linux-1c: 1.0× (W=1)');
});
