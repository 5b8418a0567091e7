// The chapter 5 experiment: with right inverted dropout the test loss ends lower than the same run
// without it; everything but the dropout is shared between the two runs.

import { describe, expect, it } from 'vitest';
import type { LossPoint } from '../contract.ts';
import { createDropoutExperiment, type DropoutFunction } from './dropout-experiment.ts';

const inverted: DropoutFunction = (a, p, training, random) => (training ? a.map((v) => (random() < p ? 0 : v / (1 - p))) : a);

describe('dropoutExperiment', () => {
  it('ends with a lower test loss with inverted dropout than without (seeds 1 and 2), and charts both runs', async () => {
    const points: LossPoint[] = [];
    let runs = 0;
    const experiment = createDropoutExperiment({ loss: (p: LossPoint) => points.push(p) } as never, () => ++runs);
    for (const seed of [1, 2]) {
      const result = await experiment(inverted, { seed });
      expect(result.improved).toBe(true);
      expect(result.withDropout.testLoss).toBeLessThan(result.without.testLoss * 0.95);
      // Without dropout it overfits: far lower training loss than test loss.
      expect(result.without.trainLoss).toBeLessThan(result.without.testLoss / 4);
    }
    expect(points.filter((p) => p.run === 1)).toHaveLength(300);
    expect(new Set(points.map((p) => p.run))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('shares everything but the dropout: a dropout that changes nothing gives the run without', async () => {
    const experiment = createDropoutExperiment({ loss() {} } as never, () => 1);
    const result = await experiment((a) => a, { epochs: 40 });
    expect(result.withDropout.testLosses).toEqual(result.without.testLosses);
  });

  it('refuses a p it cannot use', async () => {
    const experiment = createDropoutExperiment({ loss() {} } as never, () => 1);
    await expect(experiment(inverted, { p: 1 })).rejects.toThrow('p must be a number from 0 to 0.9 for this experiment, got 1.');
  });
});
