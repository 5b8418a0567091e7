// Validation shared by both engines: every bad spec, config, batch or parameter set is rejected here with
// an Error whose message says what is wrong and what is allowed, so a widget can show it as it stands.
// Layers are named by their index in `spec.layers` ("layers[2]"), counting from 0 like the arrays.

import type {
  Activation,
  Dataset,
  GridOptions,
  LossName,
  NetworkSpec,
  Parameters,
  TrainConfig,
} from './types.ts';

export const LIMITS = {
  maxInputs: 4096,
  maxUnits: 1024,
  maxHiddenLayers: 8,
  maxLearningRate: 10,
  maxBatchSize: 65536,
  maxGridSize: 2048,
} as const;

export const ACTIVATION_NAMES: readonly Activation[] = ['linear', 'step', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'softmax'];
export const LOSS_NAMES: readonly LossName[] = ['mse', 'binaryCrossEntropy', 'softmaxCrossEntropy'];

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function requireIntIn(name: string, v: unknown, min: number, max: number, what = ''): number {
  if (!isInt(v) || v < min || v > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}${what}, got ${show(v)}`);
  }
  return v;
}

function requireUint32(name: string, v: unknown): void {
  if (v === undefined) return;
  if (!isInt(v) || v < 0 || v > 0xffffffff) {
    throw new Error(`${name} must be a whole number from 0 to 4294967295, got ${show(v)}`);
  }
}

/** A number in [min, max) (or [min, max] with `closed`). */
function requireRange(name: string, v: unknown, min: number, max: number, closed = false): number {
  const ok = isFiniteNumber(v) && v >= min && (closed ? v <= max : v < max);
  if (!ok) throw new Error(`${name} must be a number ≥ ${min} and ${closed ? '≤' : '<'} ${max}, got ${show(v)}`);
  return v;
}

export function validateSpec(spec: NetworkSpec): void {
  if (spec === null || typeof spec !== 'object') throw new Error(`a network spec must be an object, got ${show(spec)}`);
  requireIntIn('inputs', spec.inputs, 1, LIMITS.maxInputs);
  const layers = spec.layers;
  if (!Array.isArray(layers) || layers.length < 1 || layers.length > LIMITS.maxHiddenLayers + 1) {
    throw new Error(
      `layers must list 0 to ${LIMITS.maxHiddenLayers} hidden layers followed by the output layer (1 to ${LIMITS.maxHiddenLayers + 1} entries), got ${Array.isArray(layers) ? layers.length : show(layers)}`,
    );
  }
  const last = layers.length - 1;
  layers.forEach((layer, l) => {
    if (layer === null || typeof layer !== 'object') throw new Error(`layers[${l}] must be an object like { units: 4, activation: 'tanh' }`);
    if (!isInt(layer.units) || layer.units < 1 || layer.units > LIMITS.maxUnits) {
      throw new Error(`layers[${l}] has ${show(layer.units)} units; each layer needs 1 to ${LIMITS.maxUnits}`);
    }
    if (!ACTIVATION_NAMES.includes(layer.activation)) {
      throw new Error(`layers[${l}] has activation ${show(layer.activation)}; allowed: ${ACTIVATION_NAMES.join(', ')}`);
    }
    if (layer.activation === 'softmax' && l !== last) {
      throw new Error(`layers[${l}] uses softmax, which is allowed on the output layer only (layers[${last}])`);
    }
    if (layer.dropout !== undefined) {
      if (l === last && layer.dropout !== 0) throw new Error(`layers[${l}] is the output layer; dropout is allowed on hidden layers only`);
      requireRange(`layers[${l}].dropout`, layer.dropout, 0, 1);
    }
  });
  if (!LOSS_NAMES.includes(spec.loss)) throw new Error(`loss is ${show(spec.loss)}; allowed: ${LOSS_NAMES.join(', ')}`);
  const out = layers[last]!.activation;
  if (spec.loss === 'binaryCrossEntropy' && out !== 'sigmoid') {
    throw new Error(`binaryCrossEntropy needs a sigmoid output layer, but the output layer is ${out}`);
  }
  if (spec.loss === 'softmaxCrossEntropy' && out !== 'softmax') {
    throw new Error(`softmaxCrossEntropy needs a softmax output layer, but the output layer is ${out}`);
  }
  if (out === 'softmax' && spec.loss !== 'softmaxCrossEntropy') {
    throw new Error(`a softmax output layer needs the softmaxCrossEntropy loss, got ${spec.loss}`);
  }
  if (spec.init !== undefined && spec.init !== 'xavier' && spec.init !== 'he') {
    throw new Error(`init is ${show(spec.init)}; allowed: xavier, he (or leave it out for the per-layer default)`);
  }
  requireUint32('seed', spec.seed);
  if (spec.leakySlope !== undefined) requireRange('leakySlope', spec.leakySlope, 0, 1);
}

export function validateConfig(config: TrainConfig): void {
  if (config === null || typeof config !== 'object') throw new Error(`a training config must be an object, got ${show(config)}`);
  const lr = config.learningRate;
  if (!isFiniteNumber(lr) || lr <= 0 || lr > LIMITS.maxLearningRate) {
    throw new Error(`learning rate must be a finite number > 0 and ≤ ${LIMITS.maxLearningRate}, got ${show(lr)}`);
  }
  const opt = config.optimizer;
  if (opt !== undefined) {
    if (opt === null || typeof opt !== 'object') throw new Error(`optimizer must be an object like { kind: 'adam' }, got ${show(opt)}`);
    if (opt.kind === 'momentum') {
      if (opt.momentum !== undefined) requireRange('momentum', opt.momentum, 0, 1);
    } else if (opt.kind === 'adam') {
      if (opt.beta1 !== undefined) requireRange('adam beta1', opt.beta1, 0, 1);
      if (opt.beta2 !== undefined) requireRange('adam beta2', opt.beta2, 0, 1);
      if (opt.epsilon !== undefined && (!isFiniteNumber(opt.epsilon) || opt.epsilon <= 0 || opt.epsilon > 1)) {
        throw new Error(`adam epsilon must be a number > 0 and ≤ 1, got ${show(opt.epsilon)}`);
      }
    } else if (opt.kind !== 'sgd') {
      throw new Error(`optimizer kind is ${show((opt as { kind?: unknown }).kind)}; allowed: sgd, momentum, adam`);
    }
  }
  const s = config.schedule;
  if (s !== undefined) {
    if (s === null || typeof s !== 'object') throw new Error(`schedule must be an object like { kind: 'constant' }, got ${show(s)}`);
    if (s.kind === 'step') {
      requireIntIn('schedule every', s.every, 1, 1e9, ' epochs');
      requireRange('schedule factor', s.factor, 0, 1, true);
    } else if (s.kind === 'exponential') {
      requireRange('schedule rate', s.rate, 0, 1, true);
    } else if (s.kind === 'cosine') {
      requireIntIn('schedule epochs', s.epochs, 1, 1e9);
      if (s.min !== undefined) requireRange('schedule min', s.min, 0, lr, true);
    } else if (s.kind !== 'constant') {
      throw new Error(`schedule kind is ${show((s as { kind?: unknown }).kind)}; allowed: constant, step, exponential, cosine`);
    }
  }
  if (config.batchSize !== undefined) requireIntIn('batch size', config.batchSize, 1, LIMITS.maxBatchSize);
  if (config.l1 !== undefined) requireRange('l1', config.l1, 0, 10, true);
  if (config.l2 !== undefined) requireRange('l2', config.l2, 0, 10, true);
  requireUint32('seed', config.seed);
}

/** The epoch passed to trainStep (it picks the scheduled learning rate). */
export function validateEpoch(epoch: number): void {
  if (!isInt(epoch) || epoch < 0) throw new Error(`epoch must be a whole number ≥ 0 (counting from 0), got ${show(epoch)}`);
}

export function validatePenalty(penalty: { l1?: number; l2?: number } | undefined): void {
  if (penalty === undefined) return;
  if (penalty.l1 !== undefined) requireRange('l1', penalty.l1, 0, 10, true);
  if (penalty.l2 !== undefined) requireRange('l2', penalty.l2, 0, 10, true);
}

function requireFiniteValues(name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${name}[${i}] is ${show(v)}; every value must be a finite number`);
  }
}

function requireArrayLike(name: string, values: unknown): asserts values is ArrayLike<number> {
  if (values === null || typeof values !== 'object' || typeof (values as { length?: unknown }).length !== 'number') {
    throw new Error(`${name} must be an array or typed array of numbers, got ${show(values)}`);
  }
}

/** n examples of `inputSize` inputs, row-major. */
export function validateInputs(inputs: ArrayLike<number>, n: number, inputSize: number): void {
  if (!isInt(n) || n < 1) throw new Error(`n (the number of examples) must be a whole number ≥ 1, got ${show(n)}`);
  requireArrayLike('inputs', inputs);
  if (inputs.length !== n * inputSize) {
    throw new Error(`inputs has ${inputs.length} numbers but n × inputs = ${n} × ${inputSize} = ${n * inputSize}`);
  }
  requireFiniteValues('inputs', inputs);
}

export function validateBatch(
  inputs: ArrayLike<number>,
  targets: ArrayLike<number>,
  n: number,
  inputSize: number,
  outputSize: number,
): void {
  validateInputs(inputs, n, inputSize);
  requireArrayLike('targets', targets);
  if (targets.length !== n * outputSize) {
    throw new Error(`targets has ${targets.length} numbers but n × outputs = ${n} × ${outputSize} = ${n * outputSize}`);
  }
  requireFiniteValues('targets', targets);
}

export function validateDataset(data: Dataset, inputSize?: number, outputSize?: number): void {
  if (data === null || typeof data !== 'object') throw new Error(`a data set must be an object { n, inputSize, targetSize, inputs, targets }`);
  if (!isInt(data.n) || data.n < 1) throw new Error(`the data set is empty (n = ${show(data.n)}); it needs at least 1 example`);
  if (inputSize !== undefined && data.inputSize !== inputSize) {
    throw new Error(`the data set has ${show(data.inputSize)} inputs per example but the network takes ${inputSize}`);
  }
  if (outputSize !== undefined && data.targetSize !== outputSize) {
    throw new Error(`the data set has ${show(data.targetSize)} targets per example but the network has ${outputSize} outputs`);
  }
  validateBatch(data.inputs, data.targets, data.n, data.inputSize, data.targetSize);
}

/** Parameters shaped for layerSizes = [inputs, units of layer 0, ..., outputs]. */
export function validateParameters(p: Parameters, layerSizes: readonly number[]): void {
  const nLayers = layerSizes.length - 1;
  if (p === null || typeof p !== 'object' || !Array.isArray(p.weights) || !Array.isArray(p.biases)) {
    throw new Error('parameters must be an object { weights: number[][], biases: number[][] }');
  }
  if (p.weights.length !== nLayers || p.biases.length !== nLayers) {
    throw new Error(`parameters have ${p.weights.length} weight and ${p.biases.length} bias layers but the network has ${nLayers} layers`);
  }
  for (let l = 0; l < nLayers; l++) {
    const nIn = layerSizes[l]!;
    const nOut = layerSizes[l + 1]!;
    requireArrayLike(`weights[${l}]`, p.weights[l]);
    requireArrayLike(`biases[${l}]`, p.biases[l]);
    if (p.weights[l]!.length !== nIn * nOut) {
      throw new Error(`weights[${l}] has ${p.weights[l]!.length} numbers but layers[${l}] needs ${nIn} × ${nOut} = ${nIn * nOut}`);
    }
    if (p.biases[l]!.length !== nOut) throw new Error(`biases[${l}] has ${p.biases[l]!.length} numbers but layers[${l}] has ${nOut} units`);
    requireFiniteValues(`weights[${l}]`, p.weights[l]!);
    requireFiniteValues(`biases[${l}]`, p.biases[l]!);
  }
}

export function validateGridOptions(options: GridOptions, spec: NetworkSpec, featureCount: number): void {
  if (options === null || typeof options !== 'object') throw new Error('grid options must be an object { size, extent }');
  requireIntIn('grid size', options.size, 1, LIMITS.maxGridSize, ' pixels');
  const e = options.extent;
  if (!Array.isArray(e) || e.length !== 4 || !e.every(isFiniteNumber)) {
    throw new Error(`extent must be 4 finite numbers [xMin, xMax, yMin, yMax], got ${show(e)}`);
  }
  if (!(e[0] < e[1]) || !(e[2] < e[3])) throw new Error(`extent needs xMin < xMax and yMin < yMax, got ${show(e)}`);
  if (featureCount !== spec.inputs) {
    const what = options.features ? `${featureCount} features (${options.features.join(', ')})` : 'a 2-D point (no features given)';
    throw new Error(`the grid gives ${what} but the network takes ${spec.inputs} inputs`);
  }
  if (options.unit !== undefined) {
    const { layer, index } = options.unit;
    requireIntIn('unit layer', layer, 0, spec.layers.length - 1, ' (an index into spec.layers)');
    requireIntIn(`unit index in layers[${layer}]`, index, 0, spec.layers[layer]!.units - 1);
  }
}

/** Throws when any layer uses `step`: its derivative is 0 almost everywhere, so nothing would learn. */
export function requireTrainable(spec: NetworkSpec): void {
  const l = spec.layers.findIndex((layer) => layer.activation === 'step');
  if (l >= 0) {
    throw new Error(
      `layers[${l}] uses step, which has zero gradient almost everywhere, so gradients cannot flow through it; use sigmoid instead to train (step is for forward passes only)`,
    );
  }
}
