import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../../src/engine/reference/index.ts';
import { createRng } from '../../src/engine/rng.ts';
import type { NetworkSpec } from '../../src/engine/types.ts';
import { exportNetwork } from '../../src/onnx/export.ts';
import { planOwnModel, readOwnAnswer, takesOnePicture } from './own-model.ts';

const model = (inputs: number, names = { inputName: 'image', outputName: 'logits' }) => {
  const spec: NetworkSpec = { inputs, layers: [{ units: 10, activation: 'linear' }], loss: 'mse' };
  return exportNetwork(createReferenceNetwork(spec), names);
};

describe('planOwnModel', () => {
  it('accepts a classifier of one 28×28 picture and names its input and output', () => {
    expect(planOwnModel(model(784))).toEqual({ inputName: 'image', outputName: 'logits', dims: [1, 784] });
  });

  it('accepts the usual layouts of one picture and nothing else', () => {
    for (const dims of [[1, 784], [1, 28, 28], [1, 1, 28, 28], [1, 28, 28, 1]]) expect(takesOnePicture(dims), String(dims)).toBe(true);
    for (const dims of [[784], [2, 784], [1, 3, 28, 28], [1, 32, 32], [1, 1, 784], [1, 28, 28, 3]]) expect(takesOnePicture(dims), String(dims)).toBe(false);
  });

  it('refuses other inputs, other files and empty files with a reason', () => {
    expect(() => planOwnModel(model(3))).toThrow('its input "image" has shape [batch, 3] (3 numbers per example); the pad gives one 28 × 28 picture');
    expect(() => planOwnModel(new Uint8Array(0))).toThrow('the file is empty');
    expect(() => planOwnModel(new TextEncoder().encode('name,label\nseven,7\n'))).toThrow(/not an ONNX model/);
    const rng = createRng(50);
    expect(() => planOwnModel(Uint8Array.from({ length: 1 << 20 }, () => rng.int(256)))).toThrow(/not an ONNX model/);
  });
});

describe('readOwnAnswer', () => {
  it('keeps probabilities, and turns scores into probabilities by softmax', () => {
    expect(readOwnAnswer([0.1, 0.7, 0.2])).toEqual({ top: 1, probabilities: [0.1, 0.7, 0.2], kind: 'probabilities' });
    const scores = readOwnAnswer([2, -1, 0]);
    expect(scores.kind).toBe('scores');
    expect(scores.top).toBe(0);
    expect(scores.probabilities[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(-1) + 1), 12);
    expect(() => readOwnAnswer([Number.NaN, 1])).toThrow('not finite');
  });
});
