// The float32 WASM engine against the float64 reference: forward, gradients, one training step with every
// optimiser, L1/L2 and dropout, on seeded random networks; plus JSON round trips and determinism.
import { beforeAll, describe, expect, it } from 'vitest';
import { createReferenceNetwork, networkFromJSON as referenceFromJSON } from '../reference/index.ts';
import { createRng, type Rng } from '../rng.ts';
import type { Activation, LayerSpec, LossName, Network, NetworkSpec, TrainConfig } from '../types.ts';
import { loadWasmEngine, type WasmEngine } from './index.ts';

let engine: WasmEngine;
beforeAll(async () => {
  engine = await loadWasmEngine();
});

const HIDDEN: Activation[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];

/** A random trainable spec: 0-8 hidden layers of 1-64 units, any trainable activation, any loss. */
function randomSpec(rng: Rng, options: { dropout?: boolean } = {}): NetworkSpec {
  const depth = rng.int(9);
  const inputs = 1 + rng.int(12);
  const layers: LayerSpec[] = [];
  for (let l = 0; l < depth; l++) {
    // mostly narrow, sometimes wide, so both the SIMD tiles and their remainders run
    const units = rng.next() < 0.25 ? 1 + rng.int(64) : 1 + rng.int(10);
    const layer: LayerSpec = { units, activation: HIDDEN[rng.int(HIDDEN.length)]! };
    if (options.dropout && rng.next() < 0.6) layer.dropout = Math.round(rng.next() * 60) / 100;
    layers.push(layer);
  }
  const loss: LossName = (['mse', 'binaryCrossEntropy', 'softmaxCrossEntropy'] as const)[rng.int(3)]!;
  const outputs = 1 + rng.int(6);
  const outActivation: Activation = loss === 'softmaxCrossEntropy' ? 'softmax' : loss === 'binaryCrossEntropy' ? 'sigmoid' : HIDDEN[rng.int(HIDDEN.length)]!;
  layers.push({ units: loss === 'softmaxCrossEntropy' ? Math.max(2, outputs) : outputs, activation: outActivation });
  const spec: NetworkSpec = { inputs, layers, loss, seed: rng.int(2 ** 32) };
  if (rng.next() < 0.3) spec.init = rng.next() < 0.5 ? 'he' : 'xavier';
  if (rng.next() < 0.3) spec.leakySlope = 0.1 + 0.2 * rng.next();
  return spec;
}

function randomBatch(rng: Rng, spec: NetworkSpec, n: number): { inputs: Float32Array; targets: Float32Array } {
  const inputs = new Float32Array(n * spec.inputs).map(() => 2 * rng.next() - 1);
  const k = spec.layers[spec.layers.length - 1]!.units;
  const targets = new Float32Array(n * k);
  for (let b = 0; b < n; b++) {
    if (spec.loss === 'softmaxCrossEntropy') targets[b * k + rng.int(k)] = 1;
    else for (let j = 0; j < k; j++) targets[b * k + j] = spec.loss === 'binaryCrossEntropy' ? rng.int(2) : 2 * rng.next() - 1;
  }
  return { inputs, targets };
}

/** ||a - b|| / max(||b||, floor): the relative error of a float32 result against the float64 one. */
function relativeError(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-6): number {
  expect(a.length).toBe(b.length);
  let diff = 0;
  let norm = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i]! - b[i]!) ** 2;
    norm += b[i]! ** 2;
  }
  return Math.sqrt(diff) / Math.max(Math.sqrt(norm), floor);
}

const flat = (xs: number[][]): number[] => xs.flat();

function pair(spec: NetworkSpec): [Network, Network] {
  return [engine.createNetwork(spec), createReferenceNetwork(spec)];
}

/** A random spec, its WASM (w) and reference (r) networks, and a batch size n in 1..maxN, drawn in that order. */
function randomCase(rng: Rng, maxN: number, options: { dropout?: boolean } = {}) {
  const spec = randomSpec(rng, options);
  const [w, r] = pair(spec);
  const n = 1 + rng.int(maxN);
  return { spec, w, r, n };
}

describe('WASM engine matches the float64 reference', () => {
  it('starts from the same weights (initialParameters), exactly up to float32 rounding', () => {
    const rng = createRng(11);
    for (let s = 0; s < 10; s++) {
      const [w, r] = pair(randomSpec(rng));
      const pw = w.getParameters();
      const pr = r.getParameters();
      pr.weights.forEach((layer, l) => expect(pw.weights[l]).toEqual(Array.from(new Float32Array(layer))));
      expect(pw.biases).toEqual(pr.biases);
    }
  });

  it('forward: predict and trace agree on 60 random networks', () => {
    const rng = createRng(1);
    for (let s = 0; s < 60; s++) {
      const { spec, w, r, n } = randomCase(rng, 37);
      const { inputs } = randomBatch(rng, spec, n);
      expect(relativeError(w.predict(inputs, n), r.predict(inputs, n))).toBeLessThan(1e-5);
      const one = inputs.subarray(0, spec.inputs);
      const tw = w.trace(one);
      const tr = r.trace(one);
      expect(relativeError(flat(tw.z), flat(tr.z))).toBeLessThan(1e-5);
      expect(relativeError(flat(tw.a), flat(tr.a))).toBeLessThan(1e-5);
      // a single example gives bit for bit what it gives inside a batch
      expect(Array.from(w.predict(one, 1))).toEqual(Array.from(w.predict(inputs, n).subarray(0, spec.layers.at(-1)!.units)));
    }
  });

  it('gradients: relative error < 1e-4 per layer on 60 random networks and batches, with and without a penalty', () => {
    const rng = createRng(2);
    for (let s = 0; s < 60; s++) {
      const { spec, w, r, n } = randomCase(rng, 40);
      const { inputs, targets } = randomBatch(rng, spec, n);
      const penalty = s % 3 === 0 ? {} : { l1: 0.01 * rng.next(), l2: 0.1 * rng.next() };
      const gw = w.gradients(inputs, targets, n, penalty);
      const gr = r.gradients(inputs, targets, n, penalty);
      expect(Math.abs(gw.loss - gr.loss)).toBeLessThan(1e-5 * (1 + Math.abs(gr.loss)));
      spec.layers.forEach((_, l) => {
        expect(relativeError(gw.dWeights[l]!, gr.dWeights[l]!)).toBeLessThan(1e-4);
        expect(relativeError(gw.dBiases[l]!, gr.dBiases[l]!)).toBeLessThan(1e-4);
        expect(relativeError(gw.dActivations[l]!, gr.dActivations[l]!)).toBeLessThan(1e-4);
        expect(Math.abs(gw.layerNorms[l]! - gr.layerNorms[l]!)).toBeLessThan(1e-4 * (1e-6 + gr.layerNorms[l]!));
      });
    }
  });

  const optimizers: TrainConfig['optimizer'][] = [
    { kind: 'sgd' },
    { kind: 'momentum', momentum: 0.8 },
    // A larger epsilon keeps Adam's update well conditioned: with 1e-8 a gradient that float32 rounds to
    // the other sign of zero flips a whole ±lr step, which is rounding, not a bug.
    { kind: 'adam', epsilon: 1e-3 },
  ];

  it('training steps: every optimiser with L1/L2 on 60 random networks (3 steps, then the same parameters)', () => {
    const rng = createRng(3);
    for (let s = 0; s < 60; s++) {
      const { spec, w, r, n } = randomCase(rng, 24);
      const config: TrainConfig = {
        learningRate: 0.05,
        optimizer: optimizers[s % 3],
        l1: s % 2 ? 0.001 : 0,
        l2: s % 4 === 1 ? 0.01 : 0,
        schedule: { kind: 'exponential', rate: 0.9 },
      };
      for (let step = 0; step < 3; step++) {
        const { inputs, targets } = randomBatch(rng, spec, n);
        const lw = w.trainStep(inputs, targets, n, config, step);
        const lr = r.trainStep(inputs, targets, n, config, step);
        expect(Math.abs(lw - lr)).toBeLessThan(1e-4 * (1 + Math.abs(lr)));
      }
      const pw = w.getParameters();
      const pr = r.getParameters();
      expect(relativeError(flat(pw.weights), flat(pr.weights))).toBeLessThan(1e-5);
      expect(relativeError(flat(pw.biases), flat(pr.biases), 1)).toBeLessThan(1e-5);
    }
  });

  it('dropout: the same masks as the reference (same stream, same draw order) on 50 random networks', () => {
    const rng = createRng(4);
    for (let s = 0; s < 50; s++) {
      const { spec, w, r, n } = randomCase(rng, 20, { dropout: true });
      const config: TrainConfig = { learningRate: 0.1, optimizer: optimizers[s % 3], seed: rng.int(1000) };
      for (let step = 0; step < 3; step++) {
        const { inputs, targets } = randomBatch(rng, spec, n);
        const lw = w.trainStep(inputs, targets, n, config);
        const lr = r.trainStep(inputs, targets, n, config);
        // a different mask would change the loss by far more than float32 rounding
        expect(Math.abs(lw - lr)).toBeLessThan(1e-4 * (1 + Math.abs(lr)));
      }
      expect(relativeError(flat(w.getParameters().weights), flat(r.getParameters().weights))).toBeLessThan(1e-5);
      // after training, gradients() runs with dropout off: no stale mask may gate them
      const { inputs, targets } = randomBatch(rng, spec, n);
      const gw = w.gradients(inputs, targets, n);
      const gr = r.gradients(inputs, targets, n);
      spec.layers.forEach((_, l) => expect(relativeError(gw.dWeights[l]!, gr.dWeights[l]!)).toBeLessThan(1e-4));
      const sw = w.toJSON().optimizerState as { dropoutRngState?: number } | undefined;
      const sr = r.toJSON().optimizerState as { dropoutRngState?: number } | undefined;
      expect(sw?.dropoutRngState).toBe(sr?.dropoutRngState);
    }
  });

  it('evaluate and evaluateGrid agree (with features and a hidden unit)', () => {
    const rng = createRng(5);
    for (let s = 0; s < 20; s++) {
      const { spec, w, r, n } = randomCase(rng, 300);
      const { inputs, targets } = randomBatch(rng, spec, n);
      const data = { n, inputSize: spec.inputs, targetSize: spec.layers.at(-1)!.units, inputs, targets };
      const ew = w.evaluate(data);
      const er = r.evaluate(data);
      expect(Math.abs(ew.loss - er.loss)).toBeLessThan(1e-5 * (1 + er.loss));
      if (er.accuracy === undefined) expect(ew.accuracy).toBeUndefined();
      else expect(Math.abs(ew.accuracy! - er.accuracy)).toBeLessThanOrEqual(2 / n); // a tie at 0.5 may round either way
    }
    const spec: NetworkSpec = {
      inputs: 4,
      layers: [{ units: 6, activation: 'tanh' }, { units: 3, activation: 'relu' }, { units: 1, activation: 'sigmoid' }],
      loss: 'binaryCrossEntropy',
      seed: 9,
    };
    const [w, r] = pair(spec);
    const options = { size: 37, extent: [-3, 2, -1, 4] as [number, number, number, number], features: ['x1', 'x2', 'x1x2', 'sinX1'] as const };
    expect(relativeError(w.evaluateGrid(options), r.evaluateGrid(options))).toBeLessThan(1e-5);
    const unit = { ...options, unit: { layer: 0, index: 5 } };
    expect(relativeError(w.evaluateGrid(unit), r.evaluateGrid(unit))).toBeLessThan(1e-5);
    // Every unit at once (the diagram's neuron pictures): each grid is that unit's evaluateGrid, in both engines.
    const all = { w: w.evaluateUnitGrids(options), r: r.evaluateUnitGrids(options) };
    expect(all.w.map((layer) => layer.length)).toEqual([6, 3, 1]);
    spec.layers.forEach((layer, l) => {
      for (let j = 0; j < layer.units; j++) {
        const one = { ...options, unit: { layer: l, index: j } };
        expect(Array.from(all.w[l]![j]!)).toEqual(Array.from(w.evaluateGrid(one)));
        expect(Array.from(all.r[l]![j]!)).toEqual(Array.from(r.evaluateGrid(one)));
        expect(relativeError(all.w[l]![j]!, all.r[l]![j]!)).toBeLessThan(1e-5);
      }
    });
  });

  it('JSON: a network saved mid-training by either engine continues identically in the other', () => {
    const spec: NetworkSpec = {
      inputs: 3,
      layers: [{ units: 7, activation: 'relu', dropout: 0.3 }, { units: 4, activation: 'softmax' }],
      loss: 'softmaxCrossEntropy',
      seed: 5,
    };
    const rng = createRng(6);
    const batches = Array.from({ length: 6 }, () => randomBatch(rng, spec, 8));
    const config: TrainConfig = { learningRate: 0.01, optimizer: { kind: 'adam', epsilon: 1e-3 }, seed: 4 };
    const [w, r] = pair(spec);
    for (const b of batches.slice(0, 3)) {
      w.trainStep(b.inputs, b.targets, 8, config);
      r.trainStep(b.inputs, b.targets, 8, config);
    }
    const w2 = engine.networkFromJSON(JSON.stringify(r.toJSON()));
    const r2 = referenceFromJSON(JSON.parse(JSON.stringify(w.toJSON())));
    for (const b of batches.slice(3)) {
      const losses = [w, r, w2, r2].map((net) => net.trainStep(b.inputs, b.targets, 8, config));
      for (const l of losses) expect(Math.abs(l - losses[1]!)).toBeLessThan(1e-5);
    }
    const ref = flat(r.getParameters().weights);
    for (const net of [w, w2, r2]) expect(relativeError(flat(net.getParameters().weights), ref)).toBeLessThan(1e-5);
  });
});

describe('WASM engine behaviour', () => {
  it('computes tanh, sigmoid, relu and leakyRelu to float32 accuracy over the whole range, NaN-free', () => {
    const xs = [0, 1e-30, -1e-7, 3e-4, 0.1, 0.5, 0.624, 0.626, 1, 2.5, 5.9, 7.9, 8, 9, 20, 87, 88.5, 100, 1e6, 3e38];
    const inputs = new Float32Array([...xs, ...xs.map((x) => -x)]);
    const exact: Record<string, (z: number) => number> = {
      tanh: Math.tanh,
      sigmoid: (z) => 1 / (1 + Math.exp(-z)),
      relu: (z) => Math.max(z, 0),
      leakyRelu: (z) => (z > 0 ? z : 0.01 * z),
    };
    for (const [activation, f] of Object.entries(exact)) {
      const net = engine.createNetwork({ inputs: 1, layers: [{ units: 1, activation: activation as Activation }], loss: 'mse' });
      net.setParameters({ weights: [[1]], biases: [[0]] });
      const out = net.predict(inputs, inputs.length);
      inputs.forEach((x, i) => {
        const want = f(x);
        // 4e-7 relative (a few float32 ulps); sigmoid's exp stops at e^-87.3 ≈ 1.2e-38, float32's smallest normal
        expect(Math.abs(out[i]! - want), `${activation}(${x})`).toBeLessThanOrEqual(4e-7 * Math.abs(want) + 2e-38);
      });
    }
  });

  it('is deterministic: the same seeds give bit-identical parameters, including after a JSON round trip', () => {
    const spec: NetworkSpec = {
      inputs: 5,
      layers: [{ units: 16, activation: 'tanh', dropout: 0.2 }, { units: 9, activation: 'leakyRelu' }, { units: 3, activation: 'softmax' }],
      loss: 'softmaxCrossEntropy',
      seed: 77,
    };
    const run = (): number[] => {
      const rng = createRng(8);
      const net = engine.createNetwork(spec);
      for (let s = 0; s < 40; s++) {
        const { inputs, targets } = randomBatch(rng, spec, 13);
        net.trainStep(inputs, targets, 13, { learningRate: 0.05, optimizer: { kind: 'adam' }, l2: 0.001, seed: 3 });
      }
      const copy = engine.networkFromJSON(net.toJSON());
      const { inputs, targets } = randomBatch(rng, spec, 13);
      net.trainStep(inputs, targets, 13, { learningRate: 0.05, optimizer: { kind: 'adam' }, seed: 3 });
      copy.trainStep(inputs, targets, 13, { learningRate: 0.05, optimizer: { kind: 'adam' }, seed: 3 });
      expect(flat(copy.getParameters().weights)).toEqual(flat(net.getParameters().weights));
      return flat(net.getParameters().weights);
    };
    expect(run()).toEqual(run());
  });

  it('returns a non-finite loss on divergence and leaves the parameters as they were', () => {
    const spec: NetworkSpec = { inputs: 1, layers: [{ units: 1, activation: 'linear' }], loss: 'mse', seed: 1 };
    const net = engine.createNetwork(spec);
    const config: TrainConfig = { learningRate: 10 };
    let loss = 0;
    let step = 0;
    while (Number.isFinite(loss) && step++ < 200) loss = net.trainStep([1e3], [0], 1, config);
    expect(Number.isFinite(loss)).toBe(false);
    const before = net.getParameters();
    expect(net.parametersAreFinite()).toBe(before.weights.flat().concat(before.biases.flat()).every(Number.isFinite));
    expect(Number.isFinite(net.trainStep([1e3], [0], 1, config))).toBe(false);
    expect(net.getParameters()).toEqual(before);
  });

  it('grows its batch buffers for a large batch and predicts in chunks past them', () => {
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 3, activation: 'tanh' }, { units: 1, activation: 'linear' }], loss: 'mse' };
    const [w, r] = pair(spec);
    const rng = createRng(9);
    const { inputs, targets } = randomBatch(rng, spec, 9000);
    expect(relativeError(w.predict(inputs, 9000), r.predict(inputs, 9000))).toBeLessThan(1e-5);
    expect(Math.abs(w.trainStep(inputs, targets, 9000, { learningRate: 0.1 }) - r.trainStep(inputs, targets, 9000, { learningRate: 0.1 }))).toBeLessThan(1e-5);
    const small = randomBatch(rng, spec, 3);
    expect(relativeError(w.predict(small.inputs, 3), r.predict(small.inputs, 3))).toBeLessThan(1e-5);
  });

  it('throws clear errors for bad specs, batches, configs, parameters and grids', () => {
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' };
    const net = engine.createNetwork(spec);
    expect(() => engine.createNetwork({ ...spec, layers: [{ units: 0, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }] })).toThrow(/0 units/);
    expect(() => engine.createNetwork({ ...spec, loss: 'softmaxCrossEntropy' })).toThrow(/softmax/);
    expect(() => engine.networkFromJSON('{"format":"other"}')).toThrow(/not a saved nn101 network/);
    expect(() => net.predict([1, 2, 3], 2)).toThrow(/inputs has 3 numbers/);
    expect(() => net.predict([1, NaN], 1)).toThrow(/finite/);
    expect(() => net.trainStep([1, 2], [1], 1, { learningRate: 1e9 })).toThrow(/learning rate/);
    expect(() => net.trainStep([1, 2], [1, 0], 1, { learningRate: 0.1 })).toThrow(/targets has 2 numbers/);
    expect(() => net.trainStep([1, 2], [1], 1, { learningRate: 0.1 }, -1)).toThrow(/epoch/);
    expect(() => net.gradients([1, 2], [1], 1, { l2: -1 })).toThrow(/l2/);
    expect(() => net.setParameters({ weights: [[1]], biases: [[0]] })).toThrow(/layers/);
    expect(() => net.evaluateGrid({ size: 0, extent: [0, 1, 0, 1] })).toThrow(/grid size/);
    expect(() => net.evaluate({ n: 0, inputSize: 2, targetSize: 1, inputs: new Float32Array(), targets: new Float32Array() })).toThrow(/empty/);
    const stepNet = engine.createNetwork({ ...spec, layers: [{ units: 4, activation: 'step' }, { units: 1, activation: 'sigmoid' }] });
    expect(stepNet.predict([0.5, 0.5], 1)[0]).toBeGreaterThan(0);
    expect(() => stepNet.trainStep([1, 2], [1], 1, { learningRate: 0.1 })).toThrow(/step.*sigmoid/);
    // nothing was lost: the network still trains after the rejected calls
    expect(Number.isFinite(net.trainStep([1, 2], [1], 1, { learningRate: 0.1 }))).toBe(true);
  });
});
