// The engine's public contract. Both implementations (the float64 TypeScript reference and the
// WebAssembly float32 engine) implement `Network`; widgets, the playground, the worker, the ONNX exporter
// and the tests depend on this file only. Change it with care: every caller reads it.

export type Activation = 'linear' | 'step' | 'sigmoid' | 'tanh' | 'relu' | 'leakyRelu' | 'softmax';
/** binaryCrossEntropy needs a sigmoid output layer, softmaxCrossEntropy a softmax one; both are computed from logits. */
export type LossName = 'mse' | 'binaryCrossEntropy' | 'softmaxCrossEntropy';
export type InitName = 'xavier' | 'he';

export interface LayerSpec {
  /** 1..1024 */
  units: number;
  /** softmax is allowed on the output layer only; step is forward-only (training through it throws). */
  activation: Activation;
  /** Inverted dropout on this layer's outputs while training, probability in [0, 1). Hidden layers only. */
  dropout?: number;
}

export interface NetworkSpec {
  /** Number of inputs, 1..4096. */
  inputs: number;
  /** 0..8 hidden layers followed by the output layer (so 1..9 entries). */
  layers: LayerSpec[];
  loss: LossName;
  /** Default: 'he' for relu/leakyRelu layers, 'xavier' otherwise (chosen per layer). */
  init?: InitName;
  /** uint32 seed of the initial weights; default 1. Same seed, same weights, in Node and in the browser. */
  seed?: number;
  /** Slope of leakyRelu for z < 0; default 0.01. */
  leakySlope?: number;
}

export type Optimizer =
  | { kind: 'sgd' }
  | { kind: 'momentum'; momentum?: number } // default 0.9
  | { kind: 'adam'; beta1?: number; beta2?: number; epsilon?: number }; // defaults 0.9, 0.999, 1e-8

/** Learning-rate schedules; `epoch` counts from 0. */
export type Schedule =
  | { kind: 'constant' }
  | { kind: 'step'; every: number; factor: number } // lr * factor^floor(epoch / every)
  | { kind: 'exponential'; rate: number } // lr * rate^epoch
  | { kind: 'cosine'; epochs: number; min?: number }; // min + (lr - min) * (1 + cos(pi * min(epoch, epochs) / epochs)) / 2

export interface TrainConfig {
  learningRate: number;
  optimizer?: Optimizer; // default sgd
  schedule?: Schedule; // default constant
  batchSize?: number; // default 10
  /** Penalty added to the loss: l1 * sum|w| + (l2 / 2) * sum w^2, over weights only (not biases). */
  l1?: number;
  l2?: number;
  /** uint32 seed for shuffling and dropout masks; default 1. */
  seed?: number;
}

/** n examples, row-major. targets: n x outputs (one-hot rows for softmax, 0/1 for a sigmoid output). */
export interface Dataset {
  n: number;
  inputSize: number;
  targetSize: number;
  inputs: Float32Array;
  targets: Float32Array;
}

/** weights[l] is row-major [nIn x nOut]: weights[l][i * nOut + j] links input i of layer l to its unit j. */
export interface Parameters {
  weights: number[][];
  biases: number[][];
}

export interface Trace {
  /** Pre-activations z[l][j] and activations a[l][j] of every layer, for one input. */
  z: number[][];
  a: number[][];
}

export interface Gradients {
  /** Mean data loss over the batch plus the penalty. */
  loss: number;
  dWeights: number[][]; // same layout as Parameters.weights
  dBiases: number[][];
  /** dL/da for every unit of every layer, averaged over the batch. */
  dActivations: number[][];
  /** L2 norm of each layer's weight gradient. */
  layerNorms: number[];
}

export interface GridOptions {
  /** Pixels along each side; the result is size*size values, row-major, row 0 at yMax (top of a picture). */
  size: number;
  /** [xMin, xMax, yMin, yMax]; pixel centres are sampled. */
  extent: [number, number, number, number];
  /** Maps a point (x1, x2) to the network's inputs; default: the point itself. */
  features?: readonly FeatureName[];
  /** Evaluate one unit (its activation) instead of the first output. */
  unit?: { layer: number; index: number };
}

/** A grid of every unit at once (the network diagram's neuron pictures): GridOptions without `unit`. */
export type UnitGridOptions = Omit<GridOptions, 'unit'>;

/** Input features a 2-D point can be turned into (the playground's feature switches). */
export type FeatureName = 'x1' | 'x2' | 'x1Squared' | 'x2Squared' | 'x1x2' | 'sinX1' | 'sinX2';

export interface Network {
  readonly spec: Readonly<NetworkSpec>;
  /** [inputs, units of layer 0, ..., units of the output layer] */
  readonly layerSizes: readonly number[];
  /** Outputs for n examples (inputs row-major n x inputs); dropout is off. Returns n x outputs. */
  predict(inputs: ArrayLike<number>, n: number): Float32Array | Float64Array;
  trace(input: ArrayLike<number>): Trace;
  /** Loss and gradients on a batch without changing anything; dropout off. */
  gradients(inputs: ArrayLike<number>, targets: ArrayLike<number>, n: number, penalty?: { l1?: number; l2?: number }): Gradients;
  /**
   * One optimiser step on one batch (dropout on, with masks drawn from the config's seeded stream).
   * `epoch` selects the scheduled learning rate. Returns the batch loss before the step; NaN/Infinity is
   * returned, not thrown: the trainer turns it into a "diverged" result.
   */
  trainStep(inputs: ArrayLike<number>, targets: ArrayLike<number>, n: number, config: TrainConfig, epoch?: number): number;
  /** Mean loss (with no penalty) and, for classification, accuracy in [0, 1]. */
  evaluate(data: Dataset): { loss: number; accuracy?: number };
  evaluateGrid(options: GridOptions): Float32Array;
  /**
   * Every unit's activation over the grid, from one forward pass per pixel: result[l][j] (size² values,
   * laid out as evaluateGrid's) is unit j of spec.layers[l], hidden layers and the output.
   */
  evaluateUnitGrids(options: UnitGridOptions): Float32Array[][];
  getParameters(): Parameters;
  setParameters(p: Parameters): void;
  /** Spec + parameters + optimiser state, JSON-safe. */
  toJSON(): SerializedNetwork;
}

export interface SerializedNetwork {
  format: 'nn101-network';
  version: 1;
  spec: NetworkSpec;
  parameters: Parameters;
  optimizerState?: unknown;
}
