// Validation shared by both engines: every bad spec, config, batch or parameter set is rejected here with
// an Error whose message says what is wrong and what is allowed. Layers are named by their index in
// `spec.layers` ("layers[2]"), counting from 0 like the arrays.
//
// The engine has no language. What a reader can hand it from a code cell (a network's spec, training
// options, a network's saved form, its parameters) is refused with an `InputError`: its `problem` says what
// is wrong as a code and values, which the cell worded with the catalogue (`cellApi.engineProblem`); its
// English message is for logs and tests. The rest (data sets, batches, grids, epochs) comes only from the
// course's own code, which checks a reader's data first (src/cells/api/datasets.ts) and builds its grids
// itself: a plain English Error there is a programming error, for developers.

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

/** A field a problem is about, as the reader writes it in code (its English name in messages below). */
export type InputField =
  | 'inputs' | 'seed' | 'leakySlope' | 'dropout' | 'learningRate' | 'momentum' | 'beta1' | 'beta2' | 'epsilon'
  | 'batchSize' | 'l1' | 'l2' | 'scheduleEvery' | 'scheduleFactor' | 'scheduleRate' | 'scheduleEpochs' | 'scheduleMin'
  | 'gridSize' | 'unitLayer' | 'unitIndex';

/**
 * What is wrong with something a reader handed the engine. `got` is the refused value written as code
 * (JSON: a string with its double quotes), clipped; `layer` counts from 0 like `spec.layers`.
 */
export type InputProblem =
  | { code: 'spec-not-object'; got: string }
  | { code: 'whole-number'; field: InputField; layer?: number; min: number; max: number; got: string }
  | { code: 'range'; field: InputField; layer?: number; min: number; max: number; closed: boolean; got: string }
  | { code: 'layer-count'; max: number; got: string }
  | { code: 'layer-not-object'; layer: number }
  | { code: 'units'; layer: number; max: number; got: string }
  | { code: 'activation'; layer: number; allowed: readonly string[]; got: string }
  | { code: 'softmax-hidden'; layer: number; last: number }
  | { code: 'dropout-output'; layer: number }
  | { code: 'loss'; allowed: readonly string[]; got: string }
  | { code: 'loss-output'; loss: 'binaryCrossEntropy' | 'softmaxCrossEntropy'; needs: 'sigmoid' | 'softmax'; got: string }
  | { code: 'softmax-loss'; got: string }
  | { code: 'init'; got: string }
  | { code: 'config-not-object'; got: string }
  | { code: 'learning-rate'; max: number; got: string }
  | { code: 'optimizer-not-object'; got: string }
  | { code: 'optimizer-kind'; got: string }
  | { code: 'schedule-not-object'; got: string }
  | { code: 'schedule-kind'; got: string }
  | { code: 'parameters-not-object' }
  | { code: 'parameter-layers'; weights: number; biases: number; layers: number }
  | { code: 'weights-size'; layer: number; got: number; inputs: number; units: number }
  | { code: 'biases-size'; layer: number; got: number; units: number }
  | { code: 'not-numbers'; what: 'weights' | 'biases' | 'inputs' | 'targets'; layer?: number; got: string }
  | { code: 'not-finite'; what: 'weights' | 'biases' | 'inputs' | 'targets'; layer?: number; index: number; got: string }
  | { code: 'step-untrainable'; layer: number }
  | { code: 'not-saved-network' }
  | { code: 'saved-version'; got: string };
export type InputProblemCode = InputProblem['code'];

/**
 * How a new InputError words its problem: by default its English message (for logs and tests). Code that
 * has a language sets the page's wording here: the code cell's Worker sets the catalogue's
 * (cellApi.engineProblem), so a reader's own `catch (e) { console.log(e.message) }` around network(…) or
 * train(…) reads the page's language, like the cell's status line. The engine itself has no language.
 */
let wordProblem: ((problem: InputProblem) => string) | null = null;
export function setInputErrorWording(word: ((problem: InputProblem) => string) | null): void {
  wordProblem = word;
}

/** A reader's input refused by the engine: `problem` for the page's words, the message for logs and tests. */
export class InputError extends Error {
  constructor(readonly problem: InputProblem, message: string) {
    super(wordProblem ? wordProblem(problem) : message);
  }
}

const refuse = (problem: InputProblem, message: string) => new InputError(problem, message);

/** The English names the messages below use for each field. */
const FIELD_NAMES: Record<InputField, string> = {
  inputs: 'inputs', seed: 'seed', leakySlope: 'leakySlope', dropout: 'dropout', learningRate: 'learning rate', momentum: 'momentum',
  beta1: 'adam beta1', beta2: 'adam beta2', epsilon: 'adam epsilon', batchSize: 'batch size', l1: 'l1', l2: 'l2',
  scheduleEvery: 'schedule every', scheduleFactor: 'schedule factor', scheduleRate: 'schedule rate', scheduleEpochs: 'schedule epochs',
  scheduleMin: 'schedule min', gridSize: 'grid size', unitLayer: 'unit layer', unitIndex: 'unit index',
};
const fieldName = (field: InputField, layer?: number) =>
  field === 'dropout' ? `layers[${layer}].dropout` : field === 'unitIndex' ? `unit index in layers[${layer}]` : FIELD_NAMES[field];

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

function requireIntIn(field: InputField, v: unknown, min: number, max: number, what = '', layer?: number): number {
  if (!isInt(v) || v < min || v > max) {
    throw refuse({ code: 'whole-number', field, ...(layer === undefined ? {} : { layer }), min, max, got: show(v) },
      `${fieldName(field, layer)} must be a whole number from ${min} to ${max}${what}, got ${show(v)}`);
  }
  return v;
}

function requireUint32(field: InputField, v: unknown): void {
  if (v === undefined) return;
  if (!isInt(v) || v < 0 || v > 0xffffffff) {
    throw refuse({ code: 'whole-number', field, min: 0, max: 0xffffffff, got: show(v) }, `${fieldName(field)} must be a whole number from 0 to 4294967295, got ${show(v)}`);
  }
}

/** A number in [min, max) (or [min, max] with `closed`). */
function requireRange(field: InputField, v: unknown, min: number, max: number, closed = false, layer?: number): number {
  const ok = isFiniteNumber(v) && v >= min && (closed ? v <= max : v < max);
  if (!ok) {
    throw refuse({ code: 'range', field, ...(layer === undefined ? {} : { layer }), min, max, closed, got: show(v) },
      `${fieldName(field, layer)} must be a number ≥ ${min} and ${closed ? '≤' : '<'} ${max}, got ${show(v)}`);
  }
  return v;
}

export function validateSpec(spec: NetworkSpec): void {
  if (spec === null || typeof spec !== 'object') throw refuse({ code: 'spec-not-object', got: show(spec) }, `a network spec must be an object, got ${show(spec)}`);
  requireIntIn('inputs', spec.inputs, 1, LIMITS.maxInputs);
  const layers = spec.layers;
  if (!Array.isArray(layers) || layers.length < 1 || layers.length > LIMITS.maxHiddenLayers + 1) {
    throw refuse({ code: 'layer-count', max: LIMITS.maxHiddenLayers, got: Array.isArray(layers) ? String(layers.length) : show(layers) },
      `layers must list 0 to ${LIMITS.maxHiddenLayers} hidden layers followed by the output layer (1 to ${LIMITS.maxHiddenLayers + 1} entries), got ${Array.isArray(layers) ? layers.length : show(layers)}`,
    );
  }
  const last = layers.length - 1;
  layers.forEach((layer, l) => {
    if (layer === null || typeof layer !== 'object') throw refuse({ code: 'layer-not-object', layer: l }, `layers[${l}] must be an object like { units: 4, activation: 'tanh' }`);
    if (!isInt(layer.units) || layer.units < 1 || layer.units > LIMITS.maxUnits) {
      throw refuse({ code: 'units', layer: l, max: LIMITS.maxUnits, got: show(layer.units) }, `layers[${l}] has ${show(layer.units)} units; each layer needs 1 to ${LIMITS.maxUnits}`);
    }
    if (!ACTIVATION_NAMES.includes(layer.activation)) {
      throw refuse({ code: 'activation', layer: l, allowed: ACTIVATION_NAMES, got: show(layer.activation) }, `layers[${l}] has activation ${show(layer.activation)}; allowed: ${ACTIVATION_NAMES.join(', ')}`);
    }
    if (layer.activation === 'softmax' && l !== last) {
      throw refuse({ code: 'softmax-hidden', layer: l, last }, `layers[${l}] uses softmax, which is allowed on the output layer only (layers[${last}])`);
    }
    if (layer.dropout !== undefined) {
      if (l === last && layer.dropout !== 0) throw refuse({ code: 'dropout-output', layer: l }, `layers[${l}] is the output layer; dropout is allowed on hidden layers only`);
      requireRange('dropout', layer.dropout, 0, 1, false, l);
    }
  });
  if (!LOSS_NAMES.includes(spec.loss)) throw refuse({ code: 'loss', allowed: LOSS_NAMES, got: show(spec.loss) }, `loss is ${show(spec.loss)}; allowed: ${LOSS_NAMES.join(', ')}`);
  const out = layers[last]!.activation;
  if (spec.loss === 'binaryCrossEntropy' && out !== 'sigmoid') {
    throw refuse({ code: 'loss-output', loss: spec.loss, needs: 'sigmoid', got: out }, `binaryCrossEntropy needs a sigmoid output layer, but the output layer is ${out}`);
  }
  if (spec.loss === 'softmaxCrossEntropy' && out !== 'softmax') {
    throw refuse({ code: 'loss-output', loss: spec.loss, needs: 'softmax', got: out }, `softmaxCrossEntropy needs a softmax output layer, but the output layer is ${out}`);
  }
  if (out === 'softmax' && spec.loss !== 'softmaxCrossEntropy') {
    throw refuse({ code: 'softmax-loss', got: spec.loss }, `a softmax output layer needs the softmaxCrossEntropy loss, got ${spec.loss}`);
  }
  if (spec.init !== undefined && spec.init !== 'xavier' && spec.init !== 'he') {
    throw refuse({ code: 'init', got: show(spec.init) }, `init is ${show(spec.init)}; allowed: xavier, he (or leave it out for the per-layer default)`);
  }
  requireUint32('seed', spec.seed);
  if (spec.leakySlope !== undefined) requireRange('leakySlope', spec.leakySlope, 0, 1);
}

export function validateConfig(config: TrainConfig): void {
  if (config === null || typeof config !== 'object') throw refuse({ code: 'config-not-object', got: show(config) }, `a training config must be an object, got ${show(config)}`);
  const lr = config.learningRate;
  if (!isFiniteNumber(lr) || lr <= 0 || lr > LIMITS.maxLearningRate) {
    throw refuse({ code: 'learning-rate', max: LIMITS.maxLearningRate, got: show(lr) }, `learning rate must be a finite number > 0 and ≤ ${LIMITS.maxLearningRate}, got ${show(lr)}`);
  }
  const opt = config.optimizer;
  if (opt !== undefined) {
    if (opt === null || typeof opt !== 'object') throw refuse({ code: 'optimizer-not-object', got: show(opt) }, `optimizer must be an object like { kind: 'adam' }, got ${show(opt)}`);
    if (opt.kind === 'momentum') {
      if (opt.momentum !== undefined) requireRange('momentum', opt.momentum, 0, 1);
    } else if (opt.kind === 'adam') {
      if (opt.beta1 !== undefined) requireRange('beta1', opt.beta1, 0, 1);
      if (opt.beta2 !== undefined) requireRange('beta2', opt.beta2, 0, 1);
      if (opt.epsilon !== undefined && (!isFiniteNumber(opt.epsilon) || opt.epsilon <= 0 || opt.epsilon > 1)) {
        throw refuse({ code: 'range', field: 'epsilon', min: 0, max: 1, closed: true, got: show(opt.epsilon) }, `adam epsilon must be a number > 0 and ≤ 1, got ${show(opt.epsilon)}`);
      }
    } else if (opt.kind !== 'sgd') {
      throw refuse({ code: 'optimizer-kind', got: show((opt as { kind?: unknown }).kind) }, `optimizer kind is ${show((opt as { kind?: unknown }).kind)}; allowed: sgd, momentum, adam`);
    }
  }
  const s = config.schedule;
  if (s !== undefined) {
    if (s === null || typeof s !== 'object') throw refuse({ code: 'schedule-not-object', got: show(s) }, `schedule must be an object like { kind: 'constant' }, got ${show(s)}`);
    if (s.kind === 'step') {
      requireIntIn('scheduleEvery', s.every, 1, 1e9, ' epochs');
      requireRange('scheduleFactor', s.factor, 0, 1, true);
    } else if (s.kind === 'exponential') {
      requireRange('scheduleRate', s.rate, 0, 1, true);
    } else if (s.kind === 'cosine') {
      requireIntIn('scheduleEpochs', s.epochs, 1, 1e9);
      if (s.min !== undefined) requireRange('scheduleMin', s.min, 0, lr, true);
    } else if (s.kind !== 'constant') {
      throw refuse({ code: 'schedule-kind', got: show((s as { kind?: unknown }).kind) }, `schedule kind is ${show((s as { kind?: unknown }).kind)}; allowed: constant, step, exponential, cosine`);
    }
  }
  if (config.batchSize !== undefined) requireIntIn('batchSize', config.batchSize, 1, LIMITS.maxBatchSize);
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

type Numbers = 'weights' | 'biases' | 'inputs' | 'targets';
const numbersName = (what: Numbers, layer?: number) => (layer === undefined ? what : `${what}[${layer}]`);

function requireFiniteValues(what: Numbers, values: ArrayLike<number>, layer?: number): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw refuse({ code: 'not-finite', what, ...(layer === undefined ? {} : { layer }), index: i, got: show(v) }, `${numbersName(what, layer)}[${i}] is ${show(v)}; every value must be a finite number`);
    }
  }
}

function requireArrayLike(what: Numbers, values: unknown, layer?: number): asserts values is ArrayLike<number> {
  if (values === null || typeof values !== 'object' || typeof (values as { length?: unknown }).length !== 'number') {
    throw refuse({ code: 'not-numbers', what, ...(layer === undefined ? {} : { layer }), got: show(values) }, `${numbersName(what, layer)} must be an array or typed array of numbers, got ${show(values)}`);
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
    throw refuse({ code: 'parameters-not-object' }, 'parameters must be an object { weights: number[][], biases: number[][] }');
  }
  if (p.weights.length !== nLayers || p.biases.length !== nLayers) {
    throw refuse({ code: 'parameter-layers', weights: p.weights.length, biases: p.biases.length, layers: nLayers },
      `parameters have ${p.weights.length} weight and ${p.biases.length} bias layers but the network has ${nLayers} layers`);
  }
  for (let l = 0; l < nLayers; l++) {
    const nIn = layerSizes[l]!;
    const nOut = layerSizes[l + 1]!;
    requireArrayLike('weights', p.weights[l], l);
    requireArrayLike('biases', p.biases[l], l);
    if (p.weights[l]!.length !== nIn * nOut) {
      throw refuse({ code: 'weights-size', layer: l, got: p.weights[l]!.length, inputs: nIn, units: nOut },
        `weights[${l}] has ${p.weights[l]!.length} numbers but layers[${l}] needs ${nIn} × ${nOut} = ${nIn * nOut}`);
    }
    if (p.biases[l]!.length !== nOut) {
      throw refuse({ code: 'biases-size', layer: l, got: p.biases[l]!.length, units: nOut }, `biases[${l}] has ${p.biases[l]!.length} numbers but layers[${l}] has ${nOut} units`);
    }
    requireFiniteValues('weights', p.weights[l]!, l);
    requireFiniteValues('biases', p.biases[l]!, l);
  }
}

export function validateGridOptions(options: GridOptions, spec: NetworkSpec, featureCount: number): void {
  if (options === null || typeof options !== 'object') throw new Error('grid options must be an object { size, extent }');
  requireIntIn('gridSize', options.size, 1, LIMITS.maxGridSize, ' pixels');
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
    requireIntIn('unitLayer', layer, 0, spec.layers.length - 1, ' (an index into spec.layers)');
    requireIntIn('unitIndex', index, 0, spec.layers[layer]!.units - 1, '', layer);
  }
}

/** Throws when any layer uses `step`: its derivative is 0 almost everywhere, so nothing would learn. */
export function requireTrainable(spec: NetworkSpec): void {
  const l = spec.layers.findIndex((layer) => layer.activation === 'step');
  if (l >= 0) {
    throw refuse({ code: 'step-untrainable', layer: l },
      `layers[${l}] uses step, which has zero gradient almost everywhere, so gradients cannot flow through it; use sigmoid instead to train (step is for forward passes only)`,
    );
  }
}
