import { describe, expect, it } from 'vitest';
import { createReferenceNetwork } from '../../src/engine/reference/index.ts';
import { createRng } from '../../src/engine/rng.ts';
import type { NetworkSpec } from '../../src/engine/types.ts';
import { exportNetwork } from '../../src/onnx/export.ts';
import type { OnnxProblem } from '../../src/onnx/problem.ts';
import { problemOf } from '../../tests/support/onnx-problem.ts';
import { en } from '../../src/i18n/en/index.ts';
import { es } from '../../src/i18n/es/index.ts';
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

  it('refuses other inputs, other files and empty files with a problem code and its data', () => {
    expect(problemOf(() => planOwnModel(model(3)))).toEqual({ code: 'input-not-a-picture', input: 'image', shape: ['batch', 3], numbers: 3 });
    expect(problemOf(() => planOwnModel(new Uint8Array(0)))).toEqual({ code: 'empty' });
    expect(problemOf(() => planOwnModel(new TextEncoder().encode('name,label\nseven,7\n'))).code).toMatch(/^(not-protobuf|no-graph)$/);
    const rng = createRng(50);
    expect(problemOf(() => planOwnModel(Uint8Array.from({ length: 1 << 20 }, () => rng.int(256)))).code).toMatch(/^(not-protobuf|no-graph)$/);
  });

  it('words the wrong shape in each language, quoting the input name and writing numbers the language\'s way', () => {
    const problem = problemOf(() => planOwnModel(model(900)));
    expect(en.digitPad.onnx(problem)).toBe('its input “image” has shape [batch, 900] (900 numbers per example); the pad gives one 28 × 28 picture, as [batch, 784], [batch, 28, 28], [batch, 1, 28, 28] or [batch, 28, 28, 1]');
    expect(es.digitPad.onnx(problem)).toBe('su entrada «image» tiene la forma [batch, 900] (900 números por ejemplo); el panel da una imagen de 28 × 28, como [lote, 784], [lote, 28, 28], [lote, 1, 28, 28] o [lote, 28, 28, 1]');
    const tensor: OnnxProblem = { code: 'tensor-bytes', tensor: 'w\u202e1', bytes: 12_544, shape: [784, 4], needs: 12_545 };
    expect(en.digitPad.onnx(tensor)).toBe('the tensor “w[RLO]1” has 12,544 bytes of data, but its shape [784, 4] needs 12,545');
    expect(es.digitPad.onnx(tensor)).toBe('el tensor «w[RLO]1» tiene 12\u202f544 bytes de datos, pero su forma [784, 4] necesita 12\u202f545');
  });
});

describe('readOwnAnswer', () => {
  it('keeps probabilities, and turns scores into probabilities by softmax', () => {
    expect(readOwnAnswer([0.1, 0.7, 0.2])).toEqual({ top: 1, probabilities: [0.1, 0.7, 0.2], kind: 'probabilities' });
    const scores = readOwnAnswer([2, -1, 0]);
    expect(scores.kind).toBe('scores');
    expect(scores.top).toBe(0);
    expect(scores.probabilities[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + Math.exp(-1) + 1), 12);
    expect(problemOf(() => readOwnAnswer([Number.NaN, 1]))).toEqual({ code: 'answer-not-finite' });
    expect(problemOf(() => readOwnAnswer([]))).toEqual({ code: 'answer-empty' });
  });
});
