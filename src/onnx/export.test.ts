// The exported file must compute what the engine computes: for many random seeded networks (depths,
// widths, every activation, features, softmax/sigmoid/linear outputs), ONNX Runtime's outputs on random
// inputs equal the reference engine's within 1e-5.
import { ort } from '../../tests/support/onnx-runtime.ts';
import { describe, expect, it } from 'vitest';
import { applyFeatures, FEATURE_NAMES } from '../engine/features.ts';
import { createReferenceNetwork } from '../engine/reference/index.ts';
import { createRng, deriveSeed, type Rng } from '../engine/rng.ts';
import type { Activation, FeatureName, LayerSpec, LossName, Network, NetworkSpec } from '../engine/types.ts';
import { loadWasmEngine } from '../engine/wasm/index.ts';
import { exportNetwork, exportOnnx } from './export.ts';
import { decodeOnnx } from './protobufjs-reader.ts';

const HIDDEN: Activation[] = ['linear', 'step', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];
const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)];

interface Case { spec: NetworkSpec; features?: FeatureName[] }

/** Random network number k: 0–4 hidden layers of 1–12 units, any activation, one of four output kinds. */
function randomCase(k: number): Case {
  const rng = createRng(deriveSeed(2026, k));
  // Cycle through the activations and outputs so every one appears in the first few cases.
  const layers: LayerSpec[] = Array.from({ length: k % 5 }, (_, l) => ({
    units: 1 + rng.int(12),
    activation: l === 0 ? HIDDEN[k % HIDDEN.length] : pick(rng, HIDDEN),
    // Dropout only acts while training; the exported graph (like predict) has none.
    ...(rng.next() < 0.3 ? { dropout: 0.25 } : {}),
  }));
  const outputs: [Activation, LossName, number][] = [
    ['softmax', 'softmaxCrossEntropy', 2 + rng.int(4)],
    ['sigmoid', 'binaryCrossEntropy', 1 + rng.int(3)],
    ['linear', 'mse', 1 + rng.int(3)],
    ['tanh', 'mse', 1],
  ];
  const [activation, loss, units] = outputs[k % outputs.length];
  layers.push({ units, activation });
  let features: FeatureName[] | undefined;
  let inputs = 1 + rng.int(6);
  if (k % 3 !== 0) {
    // A random non-empty subset of the features, in a random order.
    features = FEATURE_NAMES.filter(() => rng.next() < 0.5);
    if (features.length === 0) features = [pick(rng, FEATURE_NAMES)];
    for (let i = features.length - 1; i > 0; i--) { const j = rng.int(i + 1); [features[i], features[j]] = [features[j], features[i]]; }
    inputs = features.length;
  }
  const spec: NetworkSpec = { inputs, layers, loss, seed: 1 + rng.int(1e6), ...(k % 4 === 1 ? { leakySlope: 0.2 } : {}) };
  return { spec, features };
}

const engines: [string, () => Promise<(spec: NetworkSpec) => Network>][] = [
  ['the reference engine', async () => createReferenceNetwork],
  ['the WebAssembly engine', async () => { const wasm = await loadWasmEngine(); return (spec) => wasm.createNetwork(spec); }],
];

describe('ONNX export', () => {
  it.each(engines)('matches %s on 36 random networks within 1e-5', async (_, load) => {
    const create = await load();
    const seen = new Set<string>();
    let worst = 0;
    for (let k = 0; k < 36; k++) {
      const { spec, features } = randomCase(k);
      const net = create(spec);
      // Non-zero biases too (the engine starts them at 0), so the bias path is tested.
      const p = net.getParameters();
      const rng = createRng(deriveSeed(7, k));
      net.setParameters({ weights: p.weights, biases: p.biases.map((b) => b.map(() => rng.normal() * 0.5)) });

      const n = 16;
      const rawWidth = features ? 2 : spec.inputs;
      const raw = Float32Array.from({ length: n * rawWidth }, () => (rng.next() * 2 - 1) * 3);
      const expected = net.predict(features ? applyFeatures(raw, n, features) : raw, n);

      const session = await ort.InferenceSession.create(exportNetwork(net, { features }));
      const result = await session.run({ input: new ort.Tensor('float32', raw, [n, rawWidth]) });
      const got = result.output;
      expect(got.dims).toEqual([n, spec.layers.at(-1)!.units]);
      expect(got.data.length).toBe(expected.length);
      for (let i = 0; i < expected.length; i++) {
        const diff = Math.abs((got.data as Float32Array)[i] - expected[i]);
        worst = Math.max(worst, diff);
        expect(diff, `network ${k} (${JSON.stringify(spec)}), output ${i}`).toBeLessThanOrEqual(1e-5);
      }
      for (const layer of spec.layers) seen.add(layer.activation);
      for (const f of features ?? []) seen.add(f);
      await session.release();
    }
    // Every activation and every feature was exercised.
    for (const name of [...HIDDEN, 'softmax', ...FEATURE_NAMES]) expect(seen, name).toContain(name);
    expect(worst).toBeLessThan(1e-5);
  });

  it('names its input and output, declares opset 17 and carries the spec as metadata', async () => {
    const spec: NetworkSpec = { inputs: 784, layers: [{ units: 8, activation: 'relu' }, { units: 10, activation: 'softmax' }], loss: 'softmaxCrossEntropy' };
    const net = createReferenceNetwork(spec);
    const bytes = exportNetwork(net, { inputName: 'pixels', outputName: 'probabilities', outputLabels: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] });
    const model = decodeOnnx(bytes) as { irVersion: number; opsetImport: { version: number }[]; graph: { input: { name: string }[]; output: { name: string }[]; initializer: { dims: number[] }[] }; metadataProps: { key: string; value: string }[] };
    expect(model.irVersion).toBe(8);
    expect(model.opsetImport[0].version).toBe(17);
    expect(model.graph.input.map((i) => i.name)).toEqual(['pixels']);
    expect(model.graph.output.map((o) => o.name)).toEqual(['probabilities']);
    expect(model.graph.initializer.map((t) => t.dims)).toEqual([[784, 8], [8], [8, 10], [10]]);
    expect(JSON.parse(model.metadataProps.find((m) => m.key === 'nn101.spec')!.value)).toEqual(spec);
    // Float32 weights: 4 bytes each plus a little structure.
    expect(bytes.length).toBeGreaterThan(4 * (784 * 8 + 8 + 80 + 10));
    expect(bytes.length).toBeLessThan(4 * (784 * 8 + 8 + 80 + 10) + 2000);
    const session = await ort.InferenceSession.create(bytes);
    expect(session.inputNames).toEqual(['pixels']);
    expect(session.outputNames).toEqual(['probabilities']);
    await session.release();
  });

  it('refuses what it cannot export, saying why', () => {
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 3, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' };
    const parameters = createReferenceNetwork(spec).getParameters();
    expect(() => exportOnnx({ spec, parameters: { ...parameters, weights: [parameters.weights[0].slice(1), parameters.weights[1]] } }))
      .toThrow('layer 1 has 5 weights but 2 × 3 = 6');
    expect(() => exportOnnx({ spec, parameters: { ...parameters, biases: [[0, NaN, 0], [0]] } })).toThrow(/not a finite number.*diverged/);
    expect(() => exportOnnx({ spec, parameters }, { features: ['x1', 'x1Squared', 'sinX2'] })).toThrow('3 features are switched on but the network has 2 inputs');
    expect(() => exportOnnx({ spec, parameters }, { features: ['x1', 'x3' as FeatureName] })).toThrow(/unknown feature/);
  });
});
