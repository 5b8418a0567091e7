// Backpropagation in the reference engine checked against central finite differences of its own loss:
// dL/dθ ≈ (L(θ + h) − L(θ − h)) / 2h, for every weight and bias, for every activation (step excluded: it
// has no gradient), every loss, with and without the L1/L2 penalty.

import { describe, expect, it } from 'vitest';
import { createRng } from '../rng.ts';
import type { Activation, LossName, Network, NetworkSpec, Parameters } from '../types.ts';
import { createReferenceNetwork } from './network.ts';

const H = 1e-5;
const N = 4;

function batch(spec: NetworkSpec, seed: number) {
  const rng = createRng(seed);
  const outputs = spec.layers[spec.layers.length - 1]!.units;
  const inputs = Array.from({ length: N * spec.inputs }, () => rng.normal());
  const targets: number[] = [];
  for (let b = 0; b < N; b++) {
    if (spec.loss === 'softmaxCrossEntropy') {
      const k = rng.int(outputs);
      for (let j = 0; j < outputs; j++) targets.push(j === k ? 1 : 0);
    } else if (spec.loss === 'binaryCrossEntropy') {
      for (let j = 0; j < outputs; j++) targets.push(rng.next() < 0.5 ? 0 : 1);
    } else {
      for (let j = 0; j < outputs; j++) targets.push(rng.normal());
    }
  }
  return { inputs, targets };
}

/** Smallest |z| over all hidden units and examples: relu/leakyRelu have a kink at 0 that h must not cross. */
function smallestPreActivation(net: Network, inputs: number[]): number {
  let smallest = Infinity;
  for (let b = 0; b < N; b++) {
    const { z } = net.trace(inputs.slice(b * net.spec.inputs, (b + 1) * net.spec.inputs));
    for (const layer of z.slice(0, -1)) for (const v of layer) smallest = Math.min(smallest, Math.abs(v));
  }
  return smallest;
}

function perturbed(p: Parameters, kind: 'weights' | 'biases', l: number, i: number, delta: number): Parameters {
  const copy: Parameters = { weights: p.weights.map((w) => [...w]), biases: p.biases.map((b) => [...b]) };
  copy[kind][l]![i]! += delta;
  return copy;
}

/** Worst relative error |analytic − numeric| / max(|analytic| + |numeric|, 1e-4) over every parameter. */
function worstRelativeError(spec: NetworkSpec, penalty: { l1?: number; l2?: number }): number {
  const net = createReferenceNetwork(spec);
  const { inputs, targets } = batch(spec, 99);
  const usesKink = spec.layers.some((layer) => layer.activation === 'relu' || layer.activation === 'leakyRelu');
  if (usesKink) expect(smallestPreActivation(net, inputs)).toBeGreaterThan(100 * H);
  const base = net.getParameters();
  const analytic = net.gradients(inputs, targets, N, penalty);
  let worst = 0;
  for (const kind of ['weights', 'biases'] as const) {
    base[kind].forEach((values, l) => {
      values.forEach((value, i) => {
        if (penalty.l1 && kind === 'weights') expect(Math.abs(value)).toBeGreaterThan(100 * H); // |w| kink at 0
        net.setParameters(perturbed(base, kind, l, i, H));
        const up = net.gradients(inputs, targets, N, penalty).loss;
        net.setParameters(perturbed(base, kind, l, i, -H));
        const down = net.gradients(inputs, targets, N, penalty).loss;
        const numeric = (up - down) / (2 * H);
        const a = (kind === 'weights' ? analytic.dWeights : analytic.dBiases)[l]![i]!;
        worst = Math.max(worst, Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), 1e-4));
      });
    });
  }
  return worst;
}

const hiddenActivations: Activation[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];
const outputs: Array<{ loss: LossName; activation: Activation; units: number }> = [
  { loss: 'mse', activation: 'linear', units: 2 },
  { loss: 'mse', activation: 'tanh', units: 1 },
  { loss: 'mse', activation: 'sigmoid', units: 2 },
  { loss: 'binaryCrossEntropy', activation: 'sigmoid', units: 2 },
  { loss: 'softmaxCrossEntropy', activation: 'softmax', units: 3 },
];
const penalties = [{}, { l1: 0.01 }, { l2: 0.05 }, { l1: 0.003, l2: 0.02 }];

describe('reference gradients match central finite differences', () => {
  for (const hidden of hiddenActivations) {
    for (const out of outputs) {
      it(`${hidden} hidden layers, ${out.activation} output, ${out.loss}`, () => {
        const spec: NetworkSpec = {
          inputs: 3,
          layers: [
            { units: 4, activation: hidden },
            { units: 3, activation: hidden },
            { units: out.units, activation: out.activation },
          ],
          loss: out.loss,
          seed: 7,
          leakySlope: 0.1,
        };
        for (const penalty of penalties) {
          expect(worstRelativeError(spec, penalty), JSON.stringify(penalty)).toBeLessThan(1e-6);
        }
      });
    }
  }

  it('a network with no hidden layer (logistic regression)', () => {
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 3 };
    expect(worstRelativeError(spec, { l2: 0.1 })).toBeLessThan(1e-6);
  });

  it('dActivations times f′(z) equals the bias gradient for one example, and is a − t at an mse output', () => {
    const spec: NetworkSpec = {
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 2, activation: 'linear' },
      ],
      loss: 'mse',
      seed: 5,
    };
    const net = createReferenceNetwork(spec);
    const x = [0.3, -0.8];
    const t = [0.5, -1];
    const g = net.gradients(x, t, 1);
    const { z, a } = net.trace(x);
    for (let j = 0; j < 3; j++) {
      const fPrime = 1 - Math.tanh(z[0]![j]!) ** 2;
      expect(g.dActivations[0]![j]! * fPrime).toBeCloseTo(g.dBiases[0]![j]!, 14);
    }
    expect(g.dActivations[1]).toEqual([a[1]![0]! - t[0]!, a[1]![1]! - t[1]!]);
    const norm0 = Math.sqrt(g.dWeights[0]!.reduce((s, v) => s + v * v, 0));
    expect(g.layerNorms[0]).toBeCloseTo(norm0, 14);
  });

  it('output dActivations of the cross-entropies chain through σ′ and the softmax Jacobian to the bias gradient', () => {
    const x = [0.7, -0.2];
    const bce = createReferenceNetwork({ inputs: 2, layers: [{ units: 2, activation: 'sigmoid' }], loss: 'binaryCrossEntropy', seed: 8 });
    const gb = bce.gradients(x, [1, 0], 1);
    const ab = bce.trace(x).a[0]!;
    ab.forEach((a, j) => expect(gb.dActivations[0]![j]! * a * (1 - a)).toBeCloseTo(gb.dBiases[0]![j]!, 12));

    const sm = createReferenceNetwork({ inputs: 2, layers: [{ units: 3, activation: 'softmax' }], loss: 'softmaxCrossEntropy', seed: 8 });
    const gs = sm.gradients(x, [0, 0, 1], 1);
    const as = sm.trace(x).a[0]!;
    for (let j = 0; j < 3; j++) {
      const chained = as.reduce((sum, ak, k) => sum + gs.dActivations[0]![k]! * ak * ((k === j ? 1 : 0) - as[j]!), 0);
      expect(chained).toBeCloseTo(gs.dBiases[0]![j]!, 12);
    }
  });
});
