import { describe, expect, it } from 'vitest';
import { binaryTargets, defaultTargets, labelsFromTargets, oneHot, signedTargets } from './labels.ts';

describe('label conventions', () => {
  it('one-hot, 0/1 and ±1 targets', () => {
    expect(Array.from(oneHot([2, 0], 3))).toEqual([0, 0, 1, 1, 0, 0]);
    expect(Array.from(binaryTargets([1, 0, 1]))).toEqual([1, 0, 1]);
    expect(Array.from(signedTargets([1, 0]))).toEqual([1, -1]);
    expect(Array.from(defaultTargets([1, 0], 2))).toEqual([1, 0]);
    expect(Array.from(defaultTargets([1, 0], 3))).toEqual([0, 1, 0, 1, 0, 0]);
  });
  it('recovers labels from any of those target forms', () => {
    expect(Array.from(labelsFromTargets(oneHot([2, 0, 1], 3), 3))).toEqual([2, 0, 1]);
    expect(Array.from(labelsFromTargets(signedTargets([1, 0]), 2))).toEqual([1, 0]);
    expect(Array.from(labelsFromTargets([0, 1], 2))).toEqual([0, 1]);
  });
  it('rejects labels that do not fit', () => {
    expect(() => oneHot([3], 3)).toThrow('label 0 is 3; labels must be whole numbers from 0 to 2');
    expect(() => binaryTargets([0, 2])).toThrow('label 1 is 2; binary targets need labels 0 or 1');
  });
});
