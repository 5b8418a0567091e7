import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../../src/engine/index.ts';
import { DEFAULT_PARAMETERS, DEFAULT_SPEC, forwardSteps } from './forward-steps.ts';

describe('forwardSteps', () => {
  const net = createReferenceNetwork(DEFAULT_SPEC);
  net.setParameters(DEFAULT_PARAMETERS);

  it('writes sums whose terms add up to the engine\'s pre-activations', () => {
    for (const input of [[0, 0], [1, -1], [-1.7, 0.4], [2, 2]]) {
      const steps = forwardSteps(DEFAULT_SPEC, DEFAULT_PARAMETERS, input, net.trace(input));
      expect(steps.map((l) => l.length)).toEqual([3, 2]);
      for (const layer of steps) {
        for (const n of layer) {
          const sum = n.bias + n.terms.reduce((s, t) => s + t.weight * t.input, 0);
          expect(sum).toBeCloseTo(n.z, 12);
        }
      }
      // Each layer's inputs are the previous layer's activations.
      expect(steps[1][0].terms.map((t) => t.input)).toEqual(steps[0].map((n) => n.a));
    }
  });

  it('matches a forward pass written out by hand for the input (1, −1)', () => {
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    const [x1, x2] = [1, -1];
    const h = [sig(0 + 1.5 * x1 + 0.5 * x2), sig(-0.5 - 0.5 * x1 + 2 * x2), sig(0.25 + 1 * x1 - 1 * x2)];
    const z = [2 * h[0] - 1.5 * h[1] + 1 * h[2], -1 * h[0] + 1.5 * h[1] - 0.5 * h[2]];
    const e = z.map(Math.exp);
    const steps = forwardSteps(DEFAULT_SPEC, DEFAULT_PARAMETERS, [x1, x2], net.trace([x1, x2]));
    steps[0].forEach((n, j) => expect(n.a).toBeCloseTo(h[j], 12));
    steps[1].forEach((n, j) => expect(n.a).toBeCloseTo(e[j] / (e[0] + e[1]), 12));
  });
});

describe('describeNeuron', async () => {
  const { describeNeuron } = await import('./forward-pass.ts');
  it('writes the sum with negative numbers in brackets, and the activation', () => {
    const text = describeNeuron({ layer: 0, index: 1, bias: -0.5, terms: [{ weight: -0.5, input: 0.5 }, { weight: 2, input: -1 }], z: -2.75, a: 0.06, activation: 'sigmoid' }, [0.25, -2.75, 1.75]);
    expect(text).toBe('z = (−0.50) + (−0.50)·0.50 + 2.00·(−1.00) = −2.75; h₂ = σ(−2.75) = 0.06');
  });
  it('writes softmax over the whole layer', () => {
    const text = describeNeuron({ layer: 1, index: 0, bias: 0, terms: [], z: 1, a: 0.88, activation: 'softmax' }, [1, -1]);
    expect(text).toBe('z = 0.00 = 1.00; softmax: y₁ = e^1.00 / (e^1.00 + e^(−1.00)) = 0.88');
  });
});
