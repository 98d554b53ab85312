// The crowded threshold is a share of the machine: a quarter of its cores (0.5 of 2, 2 of 8), and an
// I/O result is never crowded (the servers' process answering is the workload).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crowdedCores, isCrowded } from '../../src/results/crowding.js';

test('a quarter of the cores: 0.6 other cores crowd a 2-core machine, not an 8-core one', () => {
  assert.equal(crowdedCores(2), 0.5);
  assert.equal(crowdedCores(8), 2);
  assert.equal(isCrowded({ otherCpu: 0.6 }, 'cpu', 2), true);
  assert.equal(isCrowded({ otherCpu: 0.6 }, 'cpu', 8), false);
  assert.equal(isCrowded({ otherCpu: 2 }, 'mixed', 8), true);
  assert.equal(isCrowded({ otherCpu: 5 }, 'io', 8), false);
  assert.equal(isCrowded({}, 'cpu', 2), false);
});
