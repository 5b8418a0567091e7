// Our own ONNX reader against the exporter and against ONNX Runtime: every dense network the exporter
// writes reads back to the same spec and float32 parameters, and the engine built from the file computes
// what ONNX Runtime computes on it; everything else is refused with a problem code naming what is wrong.
import { describe, expect, it } from 'vitest';
import { openSession, ort } from '../../tests/support/onnx-runtime.ts';
import { createReferenceNetwork } from '../engine/reference/index.ts';
import { createRng, deriveSeed } from '../engine/rng.ts';
import type { Activation, LayerSpec, LossName, NetworkSpec } from '../engine/types.ts';
import { denseNetworkFromOnnx, SUPPORTED_OPERATORS } from './dense-network.ts';
import { exportNetwork, exportOnnx } from './export.ts';
import { readOnnx } from './read.ts';
import { problemOf } from '../../tests/support/onnx-problem.ts';

const HIDDEN: Activation[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu'];

function randomSpec(k: number): NetworkSpec {
  const rng = createRng(deriveSeed(77, k));
  const layers: LayerSpec[] = Array.from({ length: k % 4 }, (_, l) => ({ units: 1 + rng.int(10), activation: l === 0 ? HIDDEN[k % HIDDEN.length] : HIDDEN[rng.int(HIDDEN.length)] }));
  const outputs: [Activation, LossName][] = [['softmax', 'softmaxCrossEntropy'], ['sigmoid', 'binaryCrossEntropy'], ['linear', 'mse'], ['tanh', 'mse']];
  const [activation, loss] = outputs[k % outputs.length];
  layers.push({ units: activation === 'softmax' ? 2 + rng.int(5) : 1 + rng.int(3), activation });
  return { inputs: 1 + rng.int(8), layers, loss, seed: 1 + k, ...(k % 3 === 1 ? { leakySlope: 0.2 } : {}) };
}

describe('readOnnx + denseNetworkFromOnnx', () => {
  it('read back 24 exported networks exactly, and the engine on them matches ONNX Runtime within 1e-5', async () => {
    let worst = 0;
    for (let k = 0; k < 24; k++) {
      const spec = randomSpec(k);
      const original = createReferenceNetwork(spec);
      const bytes = exportNetwork(original, { inputName: 'x', outputName: 'y', metadata: { note: 'é ✓' } });
      const dense = denseNetworkFromOnnx(readOnnx(bytes));
      expect(dense.inputName).toBe('x');
      expect(dense.outputName).toBe('y');
      expect(dense.metadata.note).toBe('é ✓');
      expect(dense.spec.inputs).toBe(spec.inputs);
      expect(dense.spec.layers).toEqual(spec.layers.map(({ units, activation }) => ({ units, activation })));
      expect(dense.spec.loss).toBe(spec.loss);
      if (spec.layers.some((l) => l.activation === 'leakyRelu')) expect(dense.spec.leakySlope).toBeCloseTo(spec.leakySlope ?? 0.01, 7);
      const p = original.getParameters();
      dense.parameters.weights.forEach((w, l) => expect(w).toEqual(Array.from(Float32Array.from(p.weights[l]))));
      dense.parameters.biases.forEach((b, l) => expect(b).toEqual(Array.from(Float32Array.from(p.biases[l]))));

      const rebuilt = createReferenceNetwork(dense.spec);
      rebuilt.setParameters(dense.parameters);
      const rng = createRng(k);
      const n = 16;
      const inputs = Float32Array.from({ length: n * spec.inputs }, () => rng.next() * 4 - 2);
      const session = await openSession(bytes);
      const ortOut = (await session.run({ x: new ort.Tensor('float32', inputs, [n, spec.inputs]) })).y.data as Float32Array;
      await session.release();
      const ours = rebuilt.predict(inputs, n);
      expect(ours.length).toBe(ortOut.length);
      for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i] - ortOut[i]));
    }
    expect(worst).toBeLessThan(1e-5);
  });

  it('refuses bytes that are not ONNX, truncated files and empty files, saying so with a code', () => {
    const rng = createRng(5);
    const noise = Uint8Array.from({ length: 100_000 }, () => rng.int(256));
    const notOnnx = /^(not-protobuf|no-graph)$/;
    expect(problemOf(() => readOnnx(noise)).code).toMatch(notOnnx);
    expect(problemOf(() => readOnnx(new Uint8Array(0)))).toEqual({ code: 'no-graph' });
    expect(problemOf(() => readOnnx(new TextEncoder().encode('{"hello": "world"}'))).code).toMatch(notOnnx);
    const bytes = exportOnnx({ spec: randomSpec(3), parameters: createReferenceNetwork(randomSpec(3)).getParameters() });
    expect(problemOf(() => readOnnx(bytes.subarray(0, bytes.length - 7)))).toEqual({ code: 'not-protobuf', fault: 'field-too-long' });
  });

  it('refuses graphs outside a chain of dense layers, naming the operator', () => {
    // The playground's feature transform (Slice, Mul, Sin, Concat) is not a dense layer.
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' };
    const withFeatures = exportOnnx({ spec, parameters: createReferenceNetwork(spec).getParameters() }, { features: ['x1Squared', 'sinX2'] });
    const features = problemOf(() => denseNetworkFromOnnx(readOnnx(withFeatures)));
    expect(features.code === 'unknown-operator' || features.code === 'activation-first').toBe(true);
    expect((features as { operator: string }).operator).toMatch(/^(Slice|Mul)$/);
    // The engine's step activation is exported as GreaterOrEqual + Cast.
    const stepSpec: NetworkSpec = { inputs: 2, layers: [{ units: 3, activation: 'step' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' };
    const step = exportOnnx({ spec: stepSpec, parameters: createReferenceNetwork({ ...stepSpec, layers: [{ units: 3, activation: 'relu' }, { units: 1, activation: 'sigmoid' }] }).getParameters() });
    expect(problemOf(() => denseNetworkFromOnnx(readOnnx(step)))).toEqual({ code: 'unknown-operator', operator: 'GreaterOrEqual', known: SUPPORTED_OPERATORS });
  });
});
