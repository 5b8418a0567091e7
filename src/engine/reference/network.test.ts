import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from '../rng.ts';
import type { Dataset, NetworkSpec, TrainConfig } from '../types.ts';
import { createReferenceNetwork, networkFromJSON } from './network.ts';

/** One input, one linear unit, mse: L = ½(w·x + b − t)², so dL/dw = (w·x + b − t)·x and dL/db = w·x + b − t. */
const tinySpec: NetworkSpec = { inputs: 1, layers: [{ units: 1, activation: 'linear' }], loss: 'mse' };

function tiny(w: number, b: number) {
  const net = createReferenceNetwork(tinySpec);
  net.setParameters({ weights: [[w]], biases: [[b]] });
  return net;
}

describe('optimiser steps match a hand computation', () => {
  const x = 2;
  const t = 1;
  const lr = 0.1;

  it('sgd', () => {
    const net = tiny(0.5, 0.25);
    const loss = net.trainStep([x], [t], 1, { learningRate: lr });
    const r = 0.5 * 2 + 0.25 - 1; // residual 0.25
    expect(loss).toBeCloseTo(0.5 * r * r, 15);
    const p = net.getParameters();
    expect(p.weights[0]![0]).toBeCloseTo(0.5 - lr * r * x, 15);
    expect(p.biases[0]![0]).toBeCloseTo(0.25 - lr * r, 15);
  });

  it('sgd with L1 and L2 on the weight only', () => {
    const net = tiny(0.5, 0.25);
    const loss = net.trainStep([x], [t], 1, { learningRate: lr, l1: 0.2, l2: 0.4 });
    const r = 0.25;
    expect(loss).toBeCloseTo(0.5 * r * r + 0.2 * 0.5 + 0.2 * 0.25, 15);
    const p = net.getParameters();
    expect(p.weights[0]![0]).toBeCloseTo(0.5 - lr * (r * x + 0.2 + 0.4 * 0.5), 15);
    expect(p.biases[0]![0]).toBeCloseTo(0.25 - lr * r, 15);
  });

  it('momentum over two steps', () => {
    const net = tiny(0.5, 0.25);
    const config: TrainConfig = { learningRate: lr, optimizer: { kind: 'momentum', momentum: 0.8 } };
    let w = 0.5;
    let b = 0.25;
    let vw = 0;
    let vb = 0;
    for (let step = 0; step < 2; step++) {
      net.trainStep([x], [t], 1, config);
      const r = w * x + b - t;
      vw = 0.8 * vw + r * x;
      vb = 0.8 * vb + r;
      w -= lr * vw;
      b -= lr * vb;
    }
    const p = net.getParameters();
    expect(p.weights[0]![0]).toBeCloseTo(w, 15);
    expect(p.biases[0]![0]).toBeCloseTo(b, 15);
  });

  it('adam over three steps, with bias correction', () => {
    const net = tiny(0.5, 0.25);
    const config: TrainConfig = { learningRate: lr, optimizer: { kind: 'adam' } };
    const [b1, b2, eps] = [0.9, 0.999, 1e-8];
    const w = [0.5, 0.25];
    const m = [0, 0];
    const v = [0, 0];
    for (let step = 1; step <= 3; step++) {
      net.trainStep([x], [t], 1, config);
      const r = w[0]! * x + w[1]! - t;
      const g = [r * x, r];
      for (let i = 0; i < 2; i++) {
        m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
        v[i] = b2 * v[i]! + (1 - b2) * g[i]! ** 2;
        w[i]! -= (lr * (m[i]! / (1 - b1 ** step))) / (Math.sqrt(v[i]! / (1 - b2 ** step)) + eps);
      }
    }
    const p = net.getParameters();
    expect(p.weights[0]![0]).toBeCloseTo(w[0]!, 14);
    expect(p.biases[0]![0]).toBeCloseTo(w[1]!, 14);
    // The first Adam step moves every parameter by about lr whatever the gradient's size.
    const first = tiny(0.5, 0.25);
    first.trainStep([x], [t], 1, config);
    expect(0.5 - first.getParameters().weights[0]![0]!).toBeCloseTo(lr, 6);
  });

  it('the epoch argument selects the scheduled learning rate', () => {
    const net = tiny(0.5, 0.25);
    net.trainStep([x], [t], 1, { learningRate: lr, schedule: { kind: 'step', every: 2, factor: 0.5 } }, 5);
    expect(net.getParameters().weights[0]![0]).toBeCloseTo(0.5 - lr * 0.25 * 0.25 * x, 15);
  });
});

const dropoutSpec: NetworkSpec = {
  inputs: 2,
  layers: [
    { units: 3, activation: 'tanh', dropout: 0.5 },
    { units: 2, activation: 'relu' },
    { units: 4, activation: 'sigmoid', dropout: 0.25 },
    { units: 1, activation: 'linear' },
  ],
  loss: 'mse',
  seed: 11,
};

describe('inverted dropout', () => {
  it('draws masks layer by layer, example by example, unit by unit from deriveSeed(seed, 2)', () => {
    const net = createReferenceNetwork(dropoutSpec);
    const p = net.getParameters();
    const inputs = [0.4, -0.9, 1.2, 0.3];
    const targets = [0.5, -0.5];
    const config: TrainConfig = { learningRate: 1e-9, seed: 42 };
    const rng = createRng(deriveSeed(42, 2));
    for (let step = 0; step < 3; step++) {
      // Masks for this step, in the specified order.
      const masks = dropoutSpec.layers.map((layer) =>
        (layer.dropout ?? 0) > 0
          ? [0, 1].map(() => Array.from({ length: layer.units }, () => (rng.next() >= layer.dropout! ? 1 / (1 - layer.dropout!) : 0)))
          : undefined,
      );
      let expectedLoss = 0;
      for (let b = 0; b < 2; b++) {
        let a = inputs.slice(2 * b, 2 * b + 2);
        dropoutSpec.layers.forEach((layer, l) => {
          const nOut = layer.units;
          const z = p.biases[l]!.map((bias, j) => bias + a.reduce((s, ai, i) => s + ai * p.weights[l]![i * nOut + j]!, 0));
          const f = { tanh: Math.tanh, relu: (v: number) => Math.max(v, 0), sigmoid: (v: number) => 1 / (1 + Math.exp(-v)), linear: (v: number) => v }[
            layer.activation as 'tanh'
          ];
          a = z.map((v, j) => f(v) * (masks[l]?.[b]![j] ?? 1));
        });
        expectedLoss += 0.5 * (a[0]! - targets[b]!) ** 2;
      }
      const loss = net.trainStep(inputs, targets, 2, config);
      expect(loss).toBeCloseTo(expectedLoss / 2, 6); // lr 1e-9: the weights barely move between steps
    }
  });

  it('keeps 1 − p of the units, scaled by 1/(1 − p), so the expected activation is unchanged', () => {
    // 1 input → 1000 linear units (w = 1) with dropout p → 1 linear output averaging them (w = 1/1000).
    // With x = 1 and target 0 the output is o = mean(mask), and the returned loss is ½o².
    const units = 1000;
    const p = 0.3;
    const net = createReferenceNetwork({
      inputs: 1,
      layers: [
        { units, activation: 'linear', dropout: p },
        { units: 1, activation: 'linear' },
      ],
      loss: 'mse',
    });
    const fixed = { weights: [new Array(units).fill(1), new Array(units).fill(1 / units)], biases: [new Array(units).fill(0), [0]] };
    let sum = 0;
    const steps = 100;
    for (let s = 0; s < steps; s++) {
      net.setParameters(fixed); // also restarts the dropout stream: use a fresh seed each time
      const o = Math.sqrt(2 * net.trainStep([1], [0], 1, { learningRate: 1e-9, seed: s + 1 }));
      // o·(1 − p) is the fraction of units kept, a multiple of 1/units.
      expect(Math.abs(o * (1 - p) * units - Math.round(o * (1 - p) * units))).toBeLessThan(1e-6);
      sum += o;
    }
    const mean = sum / steps;
    const sd = Math.sqrt(p / (1 - p) / units / steps); // std of the mean of the masks
    expect(Math.abs(mean - 1)).toBeLessThan(4 * sd);
    // Off outside training: predict and evaluate see every unit at full strength.
    net.setParameters(fixed);
    expect(net.predict([1], 1)[0]).toBeCloseTo(1, 12);
    expect(net.evaluate({ n: 1, inputSize: 1, targetSize: 1, inputs: new Float32Array([1]), targets: new Float32Array([0]) }).loss).toBeCloseTo(0.5, 12);
  });

  it('is off in predict, trace, gradients and evaluate (repeatable, no masks)', () => {
    const net = createReferenceNetwork(dropoutSpec);
    net.trainStep([0.1, 0.2], [0], 1, { learningRate: 0.01 }); // the dropout stream now exists
    const x = [0.3, -0.4];
    const first = net.predict(x, 1)[0];
    expect(net.predict(x, 1)[0]).toBe(first);
    expect(net.trace(x).a[3]![0]).toBe(first);
    const g1 = net.gradients(x, [1], 1);
    expect(net.gradients(x, [1], 1)).toEqual(g1);
    expect(g1.loss).toBeCloseTo(0.5 * (first! - 1) ** 2, 14);
  });
});

describe('serialisation', () => {
  const config: TrainConfig = { learningRate: 0.05, optimizer: { kind: 'adam' }, l2: 0.001, seed: 9 };
  const inputs = [0.1, 0.9, -0.7, 0.2, 0.5, -0.5];
  const targets = [1, 0, 1];

  it('round-trips through JSON text: identical predictions, then identical training', () => {
    const net = createReferenceNetwork(dropoutSpec);
    for (let i = 0; i < 5; i++) net.trainStep(inputs, targets, 3, config);
    const copy = networkFromJSON(JSON.stringify(net.toJSON()));
    expect(copy.spec).toEqual(net.spec);
    expect(Array.from(copy.predict(inputs, 3))).toEqual(Array.from(net.predict(inputs, 3)));
    for (let i = 0; i < 5; i++) {
      expect(copy.trainStep(inputs, targets, 3, config)).toBe(net.trainStep(inputs, targets, 3, config));
    }
    expect(copy.getParameters()).toEqual(net.getParameters());
  });

  it('restores momentum slots (a fresh optimiser would take a different step)', () => {
    const m: TrainConfig = { learningRate: 0.05, optimizer: { kind: 'momentum' } };
    const net = createReferenceNetwork({ ...dropoutSpec, layers: dropoutSpec.layers.map((l) => ({ ...l, dropout: undefined })) });
    for (let i = 0; i < 3; i++) net.trainStep(inputs, targets, 3, m);
    const saved = net.toJSON();
    const restored = networkFromJSON(saved);
    const fresh = networkFromJSON({ ...saved, optimizerState: undefined });
    net.trainStep(inputs, targets, 3, m);
    restored.trainStep(inputs, targets, 3, m);
    fresh.trainStep(inputs, targets, 3, m);
    expect(restored.getParameters()).toEqual(net.getParameters());
    expect(fresh.getParameters()).not.toEqual(net.getParameters());
  });

  it('rejects what is not a saved network', () => {
    expect(() => networkFromJSON('{"format":"other"}')).toThrow(/not a saved nn101 network/);
    expect(() => networkFromJSON({ ...createReferenceNetwork(tinySpec).toJSON(), version: 2 as 1 })).toThrow(/version 2/);
    const json = createReferenceNetwork(tinySpec).toJSON();
    expect(() => networkFromJSON({ ...json, parameters: { weights: [[1, 2]], biases: [[0]] } })).toThrow(/weights\[0\] has 2 numbers/);
    expect(() => networkFromJSON({ ...json, optimizerState: { kind: 'adam', step: 1 } })).toThrow(/needs "first"/);
  });
});

describe('reproducibility', () => {
  it('same seeds give identical weights and identical training; another seed differs', () => {
    const run = (seed: number) => {
      const net = createReferenceNetwork({ ...dropoutSpec, seed });
      for (let i = 0; i < 4; i++) net.trainStep([0.1, 0.2, 0.3, 0.4], [1, -1], 2, { learningRate: 0.1, optimizer: { kind: 'momentum' }, seed });
      return net.getParameters();
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });
});

describe('evaluate, predict, trace and the grid', () => {
  const spec: NetworkSpec = {
    inputs: 2,
    layers: [
      { units: 3, activation: 'relu' },
      { units: 3, activation: 'softmax' },
    ],
    loss: 'softmaxCrossEntropy',
    seed: 4,
  };

  it('evaluate gives the mean loss without penalty and argmax accuracy', () => {
    const net = createReferenceNetwork(spec);
    const inputs = new Float32Array([0.5, 0.5, -1, 0.2, 0.3, -0.8]);
    const targets = new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const data: Dataset = { n: 3, inputSize: 2, targetSize: 3, inputs, targets };
    const out = net.predict(inputs, 3);
    let loss = 0;
    let correct = 0;
    for (let b = 0; b < 3; b++) {
      const row = Array.from(out.slice(3 * b, 3 * b + 3));
      const k = [0, 1, 2].find((j) => targets[3 * b + j] === 1)!;
      loss -= Math.log(row[k]!);
      if (row.indexOf(Math.max(...row)) === k) correct++;
    }
    const result = net.evaluate(data);
    expect(result.loss).toBeCloseTo(loss / 3, 12);
    expect(result.accuracy).toBeCloseTo(correct / 3, 15);
    expect(net.gradients(inputs, targets, 3, { l2: 0 }).loss).toBeCloseTo(loss / 3, 12);
  });

  it('trace lists z and a per layer and agrees with predict', () => {
    const net = createReferenceNetwork(spec);
    const t = net.trace([0.5, -0.25]);
    expect(t.z.map((l) => l.length)).toEqual([3, 3]);
    expect(t.a[0]).toEqual(t.z[0]!.map((v) => Math.max(v, 0)));
    expect(Array.from(net.predict([0.5, -0.25], 1))).toEqual(t.a[1]);
  });

  it('evaluateGrid samples pixel centres, top row first, with features and a chosen unit', () => {
    const net = createReferenceNetwork({ inputs: 3, layers: [{ units: 2, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' });
    const grid = net.evaluateGrid({ size: 4, extent: [-2, 2, 0, 1], features: ['x1', 'x2', 'x1x2'] });
    // Row 0, column 3: x1 = −2 + 3.5·1 = 1.5, x2 = 1 − 0.5·0.25 = 0.875.
    expect(grid[3]).toBeCloseTo(net.predict([1.5, 0.875, 1.5 * 0.875], 1)[0]!, 6);
    const hidden = net.evaluateGrid({ size: 4, extent: [-2, 2, 0, 1], features: ['x1', 'x2', 'x1x2'], unit: { layer: 0, index: 1 } });
    // Row 3, column 0: x1 = −1.5, x2 = 0.125.
    expect(hidden[12]).toBeCloseTo(net.trace([-1.5, 0.125, -1.5 * 0.125]).a[0]![1]!, 6);
    expect(() => net.evaluateGrid({ size: 4, extent: [-2, 2, 0, 1] })).toThrow(/network takes 3 inputs/);
  });
});

describe('errors', () => {
  const net = createReferenceNetwork(tinySpec);

  it('refuses to train through a step layer, but runs it forward', () => {
    const stepNet = createReferenceNetwork({ inputs: 1, layers: [{ units: 2, activation: 'step' }, { units: 1, activation: 'linear' }], loss: 'mse' });
    expect(stepNet.trace([0.5]).a[0]!.every((v) => v === 0 || v === 1)).toBe(true);
    expect(() => stepNet.gradients([1], [0], 1)).toThrow(/step.*zero gradient.*sigmoid/);
    expect(() => stepNet.trainStep([1], [0], 1, { learningRate: 0.1 })).toThrow(/step.*zero gradient.*sigmoid/);
  });

  it('checks batch shapes, values, configs and parameters', () => {
    expect(() => net.predict([1, 2, 3], 2)).toThrow('inputs has 3 numbers but n × inputs = 2 × 1 = 2');
    expect(() => net.trainStep([1, 2], [1], 2, { learningRate: 0.1 })).toThrow('targets has 1 numbers but n × outputs');
    expect(() => net.trainStep([NaN], [1], 1, { learningRate: 0.1 })).toThrow('inputs[0] is NaN');
    expect(() => net.trainStep([1], [1], 1, { learningRate: 1e9 })).toThrow('learning rate must be a finite number > 0 and ≤ 10, got 1000000000');
    expect(() => net.gradients([1], [1], 0)).toThrow(/n \(the number of examples\)/);
    expect(() => net.trainStep([1], [1], 1, { learningRate: 0.1 }, -1)).toThrow('epoch must be a whole number ≥ 0 (counting from 0), got -1');
    expect(() => net.gradients([1], [1], 1, { l1: -1 })).toThrow(/l1 must be/);
    expect(() => net.setParameters({ weights: [[1]], biases: [[Infinity]] })).toThrow('biases[0][0] is Infinity');
    expect(() => net.evaluate({ n: 0, inputSize: 1, targetSize: 1, inputs: new Float32Array(), targets: new Float32Array() })).toThrow(/empty/);
    expect(() => net.evaluateGrid({ size: 0, extent: [0, 1, 0, 1] })).toThrow(/grid size/);
    expect(() => createReferenceNetwork({ ...tinySpec, inputs: 0 })).toThrow(/inputs must be/);
  });

  it('returns a non-finite loss instead of throwing, and leaves the weights as they were', () => {
    const big = tiny(1e200, 0);
    const before = big.getParameters();
    expect(big.trainStep([1e200], [0], 1, { learningRate: 1 })).toBe(Infinity);
    expect(big.getParameters()).toEqual(before);
  });
});
