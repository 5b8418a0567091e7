import { describe, expect, it } from 'vitest';
import { labelsFromTargets } from './labels.ts';
import { loadAllDigits, loadMnist } from './mnist.ts';

describe('MNIST from the mnist package', () => {
  it('loads 10,000 labelled 28×28 digits with one-hot targets', () => {
    const all = loadAllDigits();
    expect(all.n).toBe(10000);
    expect(all.inputSize).toBe(784);
    expect(Array.from(labelsFromTargets(all.targets, all.n))).toEqual(Array.from(all.labels));
    const counts = new Array(10).fill(0);
    for (const l of all.labels) counts[l]++;
    expect(Math.min(...counts)).toBeGreaterThan(800);
    let min = Infinity;
    let max = -Infinity;
    for (const v of all.inputs) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect([min, max]).toEqual([0, 1]);
  });

  it('splits them 8,000 / 2,000, seeded and disjoint', () => {
    const a = loadMnist(1);
    const b = loadMnist(1);
    expect([a.train.n, a.test.n]).toEqual([8000, 2000]);
    expect(a.test.labels).toEqual(b.test.labels);
    expect(Array.from(a.test.inputs.subarray(0, 784))).toEqual(Array.from(b.test.inputs.subarray(0, 784)));
    expect(Array.from(loadMnist(2).test.labels.subarray(0, 50))).not.toEqual(Array.from(a.test.labels.subarray(0, 50)));
    // Disjoint: no test image appears in the training set (compare a cheap fingerprint of each image).
    const fingerprint = (x: Float32Array, i: number) => {
      let h = 0;
      for (let p = 0; p < 784; p++) h = (h * 31 + Math.round(x[i * 784 + p]! * 1000)) | 0;
      return h;
    };
    const trainPrints = new Set(Array.from({ length: 8000 }, (_, i) => fingerprint(a.train.inputs, i)));
    const overlap = Array.from({ length: 2000 }, (_, i) => fingerprint(a.test.inputs, i)).filter((h) => trainPrints.has(h)).length;
    expect(overlap).toBeLessThan(5); // MNIST has a few exact duplicate images; a leaky split would share ~1600
  });
});
