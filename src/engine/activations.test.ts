import { describe, expect, it } from 'vitest';
import { activationFunction, logSumExp, sigmoid, softmax } from './activations.ts';
import { binaryCrossEntropy, mse, softmaxCrossEntropy } from './losses.ts';

describe('activations', () => {
  it('sigmoid is stable and symmetric at extreme inputs', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-30)).toBeCloseTo(Math.exp(-30), 25);
    expect(sigmoid(2) + sigmoid(-2)).toBeCloseTo(1, 15);
  });

  it('derivatives match central differences away from kinks, and the stated values at kinks', () => {
    for (const name of ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu'] as const) {
      const f = activationFunction(name, 0.2);
      for (const z of [-2.3, -0.4, 0.7, 3.1]) {
        const numeric = (f.forward(z + 1e-6) - f.forward(z - 1e-6)) / 2e-6;
        expect(f.derivative(z), `${name} at ${z}`).toBeCloseTo(numeric, 8);
      }
    }
    expect(activationFunction('relu').derivative(0)).toBe(0);
    expect(activationFunction('leakyRelu', 0.2).derivative(0)).toBe(0.2);
    expect(activationFunction('leakyRelu').forward(-3)).toBeCloseTo(-0.03, 15);
    expect(activationFunction('step').forward(0)).toBe(1);
    expect(activationFunction('step').forward(-1e-9)).toBe(0);
  });

  it('softmax sums to 1 and survives huge logits', () => {
    const s = softmax([1000, 1001, 1002]);
    expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(s[2]! / s[1]!).toBeCloseTo(Math.E, 12);
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 10);
  });
});

describe('losses', () => {
  it('mse is ½ Σ (a − t)²', () => {
    expect(mse.forward([], [1, 2], [0, 4])).toBe(0.5 * (1 + 4));
    expect(mse.derivative([], [1, 2], [0, 4])).toEqual([1, -2]);
  });

  it('binary cross-entropy from logits equals −t log σ(z) − (1 − t) log(1 − σ(z)) and stays finite at large |z|', () => {
    for (const [z, t] of [[0.3, 1], [-1.2, 0], [2, 0.25]] as const) {
      const s = sigmoid(z);
      const expected = -(t * Math.log(s) + (1 - t) * Math.log(1 - s));
      expect(binaryCrossEntropy.forward([z], [s], [t])).toBeCloseTo(expected, 14);
      expect(binaryCrossEntropy.derivative([z], [s], [t])[0]).toBeCloseTo(s - t, 15);
    }
    expect(binaryCrossEntropy.forward([800], [1], [0])).toBeCloseTo(800, 10);
    expect(binaryCrossEntropy.forward([-800], [0], [0])).toBe(0);
    // dL/da = (a − t)/(a(1 − a)), with the saturated cases at their limits instead of 0/0.
    expect(binaryCrossEntropy.activationGradient([0.25], [1])[0]).toBeCloseTo((0.25 - 1) / (0.25 * 0.75), 14);
    expect(binaryCrossEntropy.activationGradient([0.25], [0.5])[0]).toBeCloseTo((0.25 - 0.5) / (0.25 * 0.75), 14);
    expect(binaryCrossEntropy.activationGradient([1], [1])).toEqual([-1]);
    expect(binaryCrossEntropy.activationGradient([0], [0])).toEqual([1]);
  });

  it('softmax cross-entropy equals −log softmax(z)_k for a one-hot target', () => {
    const z = [0.5, -1, 2];
    const a = softmax(z);
    expect(softmaxCrossEntropy.forward(z, a, [0, 1, 0])).toBeCloseTo(-Math.log(a[1]!), 14);
    expect(softmaxCrossEntropy.derivative(z, a, [0, 1, 0])).toEqual([a[0], a[1]! - 1, a[2]]);
    expect(softmaxCrossEntropy.forward([1000, 0], softmax([1000, 0]), [0, 1])).toBeCloseTo(1000, 10);
  });
});
