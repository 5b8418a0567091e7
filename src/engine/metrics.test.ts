import { describe, expect, it } from 'vitest';
import { accuracyOf, accuracyRule, argmax } from './metrics.ts';
import type { NetworkSpec } from './types.ts';

const spec = (activation: 'linear' | 'sigmoid' | 'softmax', units: number, loss: NetworkSpec['loss']): NetworkSpec => ({
  inputs: 2,
  layers: [{ units, activation }],
  loss,
});

describe('accuracy', () => {
  it('softmax: argmax', () => {
    const s = spec('softmax', 3, 'softmaxCrossEntropy');
    expect(accuracyOf(s, [0.2, 0.7, 0.1, 0.5, 0.3, 0.2], [0, 1, 0, 0, 0, 1], 2)).toBe(0.5);
  });
  it('sigmoid + binary cross-entropy: threshold 0.5 per unit', () => {
    const s = spec('sigmoid', 2, 'binaryCrossEntropy');
    expect(accuracyOf(s, [0.6, 0.4, 0.5, 0.1], [1, 0, 0, 0], 2)).toBe(0.75);
  });
  it('mse, one output: sign for ±1 targets, threshold for 0/1 targets, none for regression', () => {
    const s = spec('linear', 1, 'mse');
    expect(accuracyRule(s, [1, -1, 1])).toBe('sign');
    expect(accuracyOf(s, [0.2, -0.1, -0.3], [1, -1, 1], 3)).toBeCloseTo(2 / 3, 15);
    expect(accuracyRule(s, [1, 0, 0])).toBe('threshold');
    expect(accuracyOf(s, [0.7, 0.2, 0.5], [1, 0, 0], 3)).toBeCloseTo(2 / 3, 15);
    expect(accuracyOf(s, [0.7, 0.2], [0.3, 2], 2)).toBeUndefined();
    expect(accuracyOf(spec('linear', 2, 'mse'), [1, 0], [1, 0], 1)).toBeUndefined();
  });
});

describe('argmax', () => {
  it('gives the index of the largest value, the first one on a tie, within a row when asked', () => {
    expect(argmax([0.1, 0.7, 0.2])).toBe(1);
    expect(argmax([3, 5, 5, 1])).toBe(1);
    expect(argmax(new Float32Array([-2, -1, -3]))).toBe(1);
    // Row 1 of a [2 x 3] matrix: index within the row.
    expect(argmax([9, 0, 0, 0.2, 0.1, 0.9], 3, 3)).toBe(2);
  });
});
