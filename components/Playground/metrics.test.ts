import { describe, expect, it } from 'vitest';
import { accuracyOfMatrix, confusionMatrix } from './metrics.ts';

describe('confusion matrix', () => {
  it('counts actual rows against predicted columns', () => {
    const m = confusionMatrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], 3);
    expect(m).toEqual([[1, 1, 0], [0, 1, 0], [1, 0, 2]]);
    expect(accuracyOfMatrix(m)).toBeCloseTo(4 / 6, 12);
  });
  it('is NaN-accurate when empty, and ignores out-of-range classes', () => {
    expect(accuracyOfMatrix(confusionMatrix([], [], 2))).toBeNaN();
    expect(confusionMatrix([5, 0], [0, 0], 2)).toEqual([[1, 0], [0, 0]]);
  });
});
