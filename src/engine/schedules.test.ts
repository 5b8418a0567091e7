import { describe, expect, it } from 'vitest';
import { learningRateAt } from './schedules.ts';

describe('learningRateAt', () => {
  it('constant by default', () => {
    expect(learningRateAt({ learningRate: 0.3 }, 0)).toBe(0.3);
    expect(learningRateAt({ learningRate: 0.3 }, 99)).toBe(0.3);
  });
  it('step: lr · factor^floor(epoch / every)', () => {
    const c = { learningRate: 0.8, schedule: { kind: 'step' as const, every: 3, factor: 0.5 } };
    expect([0, 2, 3, 5, 6, 9].map((e) => learningRateAt(c, e))).toEqual([0.8, 0.8, 0.4, 0.4, 0.2, 0.1]);
  });
  it('exponential: lr · rate^epoch', () => {
    const c = { learningRate: 2, schedule: { kind: 'exponential' as const, rate: 0.9 } };
    expect(learningRateAt(c, 0)).toBe(2);
    expect(learningRateAt(c, 3)).toBeCloseTo(2 * 0.729, 15);
  });
  it('cosine: from lr down to min over `epochs`, then stays at min', () => {
    const c = { learningRate: 1, schedule: { kind: 'cosine' as const, epochs: 10, min: 0.1 } };
    expect(learningRateAt(c, 0)).toBe(1);
    expect(learningRateAt(c, 5)).toBeCloseTo(0.55, 15); // halfway: the mean of lr and min
    expect(learningRateAt(c, 10)).toBeCloseTo(0.1, 15);
    expect(learningRateAt(c, 25)).toBeCloseTo(0.1, 15);
    expect(learningRateAt({ learningRate: 1, schedule: { kind: 'cosine', epochs: 4 } }, 1)).toBeCloseTo((1 + Math.SQRT1_2) / 2, 15);
  });
});
