import { describe, expect, it } from 'vitest';
import type { NetworkSpec, TrainConfig } from './types.ts';
import { InputError, requireTrainable, setInputErrorWording, validateBatch, validateConfig, validateDataset, validateGridOptions, validateParameters, validateSpec } from './validate.ts';
import { networkFromJSON } from './reference/network.ts';

const ok: NetworkSpec = {
  inputs: 2,
  layers: [
    { units: 4, activation: 'tanh', dropout: 0.1 },
    { units: 1, activation: 'sigmoid' },
  ],
  loss: 'binaryCrossEntropy',
};
const withLayers = (layers: NetworkSpec['layers'], loss: NetworkSpec['loss'] = 'mse'): NetworkSpec => ({ inputs: 2, layers, loss });

describe('validateSpec', () => {
  it('accepts a good spec, including the limits', () => {
    expect(() => validateSpec(ok)).not.toThrow();
    expect(() => validateSpec({ inputs: 4096, layers: Array.from({ length: 9 }, () => ({ units: 1024, activation: 'relu' as const })), loss: 'mse' })).not.toThrow();
  });

  const cases: Array<[string, unknown, RegExp | string]> = [
    ['not an object', null, 'a network spec must be an object'],
    ['0 inputs', { ...ok, inputs: 0 }, 'inputs must be a whole number from 1 to 4096, got 0'],
    ['fractional inputs', { ...ok, inputs: 2.5 }, 'got 2.5'],
    ['too many inputs', { ...ok, inputs: 4097 }, 'got 4097'],
    ['no layers', { ...ok, layers: [] }, /layers must list 0 to 8 hidden layers.*got 0/],
    ['10 layers', { ...ok, layers: Array.from({ length: 10 }, () => ({ units: 1, activation: 'linear' })) }, /got 10/],
    ['0 units', withLayers([{ units: 3, activation: 'tanh' }, { units: 0, activation: 'linear' }]), 'layers[1] has 0 units; each layer needs 1 to 1024'],
    ['1025 units', withLayers([{ units: 1025, activation: 'tanh' }, { units: 1, activation: 'linear' }]), 'layers[0] has 1025 units'],
    ['unknown activation', withLayers([{ units: 1, activation: 'swish' as 'tanh' }]), /activation "swish"; allowed: linear, step/],
    ['softmax hidden', withLayers([{ units: 3, activation: 'softmax' }, { units: 3, activation: 'softmax' }], 'softmaxCrossEntropy'), 'layers[0] uses softmax, which is allowed on the output layer only (layers[1])'],
    ['dropout on output', withLayers([{ units: 1, activation: 'linear', dropout: 0.5 }]), 'dropout is allowed on hidden layers only'],
    ['dropout 1', withLayers([{ units: 2, activation: 'tanh', dropout: 1 }, { units: 1, activation: 'linear' }]), 'layers[0].dropout must be a number ≥ 0 and < 1, got 1'],
    ['negative dropout', withLayers([{ units: 2, activation: 'tanh', dropout: -0.1 }, { units: 1, activation: 'linear' }]), /dropout must be/],
    ['unknown loss', { ...ok, loss: 'hinge' }, /loss is "hinge"; allowed: mse, binaryCrossEntropy, softmaxCrossEntropy/],
    ['bce without sigmoid', withLayers([{ units: 1, activation: 'tanh' }], 'binaryCrossEntropy'), 'binaryCrossEntropy needs a sigmoid output layer, but the output layer is tanh'],
    ['softmax CE without softmax', withLayers([{ units: 3, activation: 'linear' }], 'softmaxCrossEntropy'), 'softmaxCrossEntropy needs a softmax output layer'],
    ['softmax with mse', withLayers([{ units: 3, activation: 'softmax' }], 'mse'), 'a softmax output layer needs the softmaxCrossEntropy loss'],
    ['bad init', { ...ok, init: 'lecun' }, /init is "lecun"; allowed: xavier, he/],
    ['bad seed', { ...ok, seed: -1 }, 'seed must be a whole number from 0 to 4294967295, got -1'],
    ['bad leaky slope', { ...ok, leakySlope: 2 }, 'leakySlope must be a number ≥ 0 and < 1, got 2'],
  ];
  for (const [name, spec, message] of cases) {
    it(`rejects ${name}`, () => expect(() => validateSpec(spec as NetworkSpec)).toThrow(message));
  }
});

describe('validateConfig', () => {
  it('accepts a full config', () => {
    const config: TrainConfig = {
      learningRate: 0.03,
      optimizer: { kind: 'adam', beta1: 0.8, beta2: 0.99, epsilon: 1e-7 },
      schedule: { kind: 'cosine', epochs: 50, min: 0.001 },
      batchSize: 32,
      l1: 0.001,
      l2: 0.01,
      seed: 7,
    };
    expect(() => validateConfig(config)).not.toThrow();
  });

  const cases: Array<[string, unknown, RegExp | string]> = [
    ['lr 1e9', { learningRate: 1e9 }, 'learning rate must be a finite number > 0 and ≤ 10, got 1000000000'],
    ['lr 0', { learningRate: 0 }, 'got 0'],
    ['lr NaN', { learningRate: NaN }, 'got NaN'],
    ['lr missing', {}, 'got undefined'],
    ['unknown optimizer', { learningRate: 0.1, optimizer: { kind: 'rmsprop' } }, /optimizer kind is "rmsprop"; allowed: sgd, momentum, adam/],
    ['momentum 1', { learningRate: 0.1, optimizer: { kind: 'momentum', momentum: 1 } }, 'momentum must be a number ≥ 0 and < 1, got 1'],
    ['beta1', { learningRate: 0.1, optimizer: { kind: 'adam', beta1: 1.5 } }, 'adam beta1'],
    ['beta2', { learningRate: 0.1, optimizer: { kind: 'adam', beta2: -1 } }, 'adam beta2'],
    ['epsilon', { learningRate: 0.1, optimizer: { kind: 'adam', epsilon: 0 } }, 'adam epsilon must be a number > 0'],
    ['unknown schedule', { learningRate: 0.1, schedule: { kind: 'warmup' } }, /schedule kind is "warmup"/],
    ['step every 0', { learningRate: 0.1, schedule: { kind: 'step', every: 0, factor: 0.5 } }, 'schedule every must be a whole number from 1'],
    ['step factor 2', { learningRate: 0.1, schedule: { kind: 'step', every: 1, factor: 2 } }, 'schedule factor must be a number ≥ 0 and ≤ 1, got 2'],
    ['exponential rate', { learningRate: 0.1, schedule: { kind: 'exponential', rate: 1.1 } }, 'schedule rate'],
    ['cosine epochs', { learningRate: 0.1, schedule: { kind: 'cosine', epochs: 0 } }, 'schedule epochs'],
    ['cosine min above lr', { learningRate: 0.1, schedule: { kind: 'cosine', epochs: 5, min: 0.2 } }, 'schedule min must be a number ≥ 0 and ≤ 0.1, got 0.2'],
    ['batch 0', { learningRate: 0.1, batchSize: 0 }, 'batch size must be a whole number from 1 to 65536, got 0'],
    ['batch 1.5', { learningRate: 0.1, batchSize: 1.5 }, 'got 1.5'],
    ['l1 negative', { learningRate: 0.1, l1: -0.1 }, 'l1 must be a number ≥ 0 and ≤ 10'],
    ['l2 NaN', { learningRate: 0.1, l2: NaN }, 'l2 must be'],
    ['seed', { learningRate: 0.1, seed: 2 ** 32 }, 'seed must be a whole number'],
  ];
  for (const [name, config, message] of cases) {
    it(`rejects ${name}`, () => expect(() => validateConfig(config as TrainConfig)).toThrow(message));
  }
});

describe('data, parameters, grid and trainability', () => {
  it('checks batches and data sets', () => {
    expect(() => validateBatch([1, 2, 3, 4], [0, 1], 2, 2, 1)).not.toThrow();
    expect(() => validateBatch([1, 2, 3], [0, 1], 2, 2, 1)).toThrow('inputs has 3 numbers but n × inputs = 2 × 2 = 4');
    expect(() => validateBatch([1, 2, 3, 4], [0], 2, 2, 1)).toThrow('targets has 1 numbers but n × outputs = 2 × 1 = 2');
    expect(() => validateBatch([1, 2, 3, Infinity], [0, 1], 2, 2, 1)).toThrow('inputs[3] is Infinity; every value must be a finite number');
    expect(() => validateBatch('abcd' as unknown as number[], [0, 1], 2, 2, 1)).toThrow(/inputs must be an array/);
    expect(() => validateBatch([1, 2], [0], 1.5, 2, 1)).toThrow(/whole number ≥ 1, got 1.5/);
    const data = { n: 1, inputSize: 2, targetSize: 1, inputs: new Float32Array(2), targets: new Float32Array(1) };
    expect(() => validateDataset(data, 2, 1)).not.toThrow();
    expect(() => validateDataset(data, 3, 1)).toThrow('the data set has 2 inputs per example but the network takes 3');
    expect(() => validateDataset(data, 2, 4)).toThrow('the data set has 1 targets per example but the network has 4 outputs');
    expect(() => validateDataset({ ...data, n: 0 })).toThrow('the data set is empty (n = 0)');
  });

  it('checks parameter shapes', () => {
    const sizes = [2, 3, 1];
    const good = { weights: [[1, 2, 3, 4, 5, 6], [1, 2, 3]], biases: [[0, 0, 0], [0]] };
    expect(() => validateParameters(good, sizes)).not.toThrow();
    expect(() => validateParameters({ ...good, weights: [good.weights[0]!] }, sizes)).toThrow('parameters have 1 weight and 2 bias layers but the network has 2 layers');
    expect(() => validateParameters({ ...good, biases: [[0, 0], [0]] }, sizes)).toThrow('biases[0] has 2 numbers but layers[0] has 3 units');
    expect(() => validateParameters({ ...good, weights: [[1, 2, 3, 4, 5, 6], [1, NaN, 3]] }, sizes)).toThrow('weights[1][1] is NaN');
    expect(() => validateParameters(null as never, sizes)).toThrow(/parameters must be an object/);
  });

  it('checks grid options', () => {
    const spec: NetworkSpec = withLayers([{ units: 3, activation: 'tanh' }, { units: 1, activation: 'linear' }]);
    expect(() => validateGridOptions({ size: 10, extent: [-1, 1, -1, 1] }, spec, 2)).not.toThrow();
    expect(() => validateGridOptions({ size: 5000, extent: [-1, 1, -1, 1] }, spec, 2)).toThrow('grid size must be a whole number from 1 to 2048 pixels');
    expect(() => validateGridOptions({ size: 10, extent: [1, -1, -1, 1] }, spec, 2)).toThrow('extent needs xMin < xMax and yMin < yMax');
    expect(() => validateGridOptions({ size: 10, extent: [0, 1, 2] as never }, spec, 2)).toThrow('extent must be 4 finite numbers');
    expect(() => validateGridOptions({ size: 10, extent: [-1, 1, -1, 1], unit: { layer: 2, index: 0 } }, spec, 2)).toThrow(/unit layer must be a whole number from 0 to 1/);
    expect(() => validateGridOptions({ size: 10, extent: [-1, 1, -1, 1], unit: { layer: 0, index: 3 } }, spec, 2)).toThrow('unit index in layers[0] must be a whole number from 0 to 2');
    expect(() => validateGridOptions({ size: 10, extent: [-1, 1, -1, 1], features: ['x1', 'x2', 'x1x2'] }, spec, 3)).toThrow('the grid gives 3 features (x1, x2, x1x2) but the network takes 2 inputs');
  });

  it('refuses step layers for training with a message that suggests sigmoid', () => {
    expect(() => requireTrainable(withLayers([{ units: 2, activation: 'step' }, { units: 1, activation: 'linear' }]))).toThrow(
      'layers[0] uses step, which has zero gradient almost everywhere, so gradients cannot flow through it; use sigmoid instead',
    );
    expect(() => requireTrainable(ok)).not.toThrow();
  });
});

describe('what a reader can hand the engine is refused with a code', () => {
  // A code cell words these in the page's language (cellApi.engineProblem); the message stays English for logs.
  it('spec, options, saved networks and parameters give an InputError with its problem', () => {
    const spec: NetworkSpec = { inputs: 2, layers: [{ units: 3, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }], loss: 'binaryCrossEntropy' };
    const problem = (f: () => void) => { try { f(); } catch (e) { return e instanceof InputError ? e.problem : `not an InputError: ${String(e)}`; } return 'no error'; };
    expect(problem(() => validateSpec({ ...spec, layers: [{ units: 3, activation: 'ReLU' as never }, spec.layers[1]!] }))).toEqual({ code: 'activation', layer: 0, allowed: expect.any(Array), got: '"ReLU"' });
    expect(problem(() => validateSpec({ ...spec, layers: [{ units: 3, activation: 'tanh', dropout: 1.5 }, spec.layers[1]!] }))).toMatchObject({ code: 'range', field: 'dropout', layer: 0, got: '1.5' });
    expect(problem(() => validateConfig({ learningRate: -1 }))).toEqual({ code: 'learning-rate', max: 10, got: '-1' });
    expect(problem(() => validateConfig({ learningRate: 0.1, batchSize: 0 }))).toMatchObject({ code: 'whole-number', field: 'batchSize', min: 1 });
    expect(problem(() => requireTrainable({ ...spec, layers: [{ units: 3, activation: 'step' }, spec.layers[1]!] }))).toEqual({ code: 'step-untrainable', layer: 0 });
    expect(problem(() => networkFromJSON({ format: 'nope' } as never))).toEqual({ code: 'not-saved-network' });
    expect(problem(() => validateParameters({ weights: [[1]], biases: [[0]] } as never, [2, 1]))).toEqual({ code: 'weights-size', layer: 0, got: 1, inputs: 2, units: 1 });
  });

  it('words the message with the wording a caller with a language sets (a code cell\'s Worker), else in English', () => {
    const message = () => { try { validateConfig({ learningRate: -1 }); } catch (e) { return (e as Error).message; } return 'no error'; };
    expect(message()).toBe('learning rate must be a finite number > 0 and ≤ 10, got -1');
    setInputErrorWording((p) => `worded: ${p.code}`);
    try {
      expect(message()).toBe('worded: learning-rate');
    } finally {
      setInputErrorWording(null);
    }
    expect(message()).toBe('learning rate must be a finite number > 0 and ≤ 10, got -1');
  });
});
