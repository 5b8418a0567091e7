import { describe, expect, it } from 'vitest';
import { countParameters, formulaWithNumbers } from './parameter-count.ts';

// Independent reference: count by enumerating every connection and every non-input neuron one by one.
function countByEnumeration(shape: number[]) {
  let weights = 0;
  let biases = 0;
  for (let l = 1; l < shape.length; l++) {
    for (let j = 0; j < shape[l]; j++) {
      biases++;
      for (let i = 0; i < shape[l - 1]; i++) weights++;
    }
  }
  return { weights, biases };
}

describe('countParameters', () => {
  it('counts a 3-4-2 network as 3·4+4 + 4·2+2 = 26', () => {
    const c = countParameters([3, 4, 2]);
    expect(c.weights).toBe(20);
    expect(c.biases).toBe(6);
    expect(c.total).toBe(26);
  });

  it('agrees with counting every connection one by one for many shapes', () => {
    for (const shape of [[1, 1], [2, 1], [2, 3, 1], [8, 8, 8, 8, 8, 8, 8], [4, 1, 7, 2], [784, 100, 10]]) {
      const c = countParameters(shape);
      const ref = countByEnumeration(shape);
      expect([c.weights, c.biases, c.total]).toEqual([ref.weights, ref.biases, ref.weights + ref.biases]);
    }
  });

  it('has no parameters joining layers that are not adjacent', () => {
    // Inserting a hidden layer replaces the direct 2x1 link with two links through it.
    expect(countParameters([2, 1]).weights).toBe(2);
    expect(countParameters([2, 5, 1]).weights).toBe(2 * 5 + 5 * 1);
  });
});

describe('formulaWithNumbers', () => {
  it('writes one term per gap between adjacent layers and the totals', () => {
    expect(formulaWithNumbers(countParameters([2, 3, 1]))).toBe('(2·3 + 3) + (3·1 + 1) = 9 + 4 = 13');
    expect(formulaWithNumbers(countParameters([4, 2]))).toBe('(4·2 + 2) = 8 + 2 = 10');
  });
});
