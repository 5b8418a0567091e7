// The training loop, over any Network (reference or WebAssembly). It runs in slices: `runSteps(k)` or
// `runFor(ms)` do a little work and return, so a widget can train a few mini-batches per animation frame
// and a Worker can loop over it. State between slices: the epoch's shuffled order and the position in it.
//
// Per epoch: shuffle the example order (Fisher-Yates, continuing the order of the previous epoch, with
// rng = createRng(deriveSeed(config.seed ?? 1, 1)) made once per trainer), cut it into mini-batches of
// config.batchSize (the last one may be smaller), optionally augment each batch copy, and call
// network.trainStep(batch, config, epoch). At the end of the epoch, evaluate on the training and
// validation sets (dropout off, no penalty), record history, and apply early stopping.
// History is bounded (run/bounded-history.ts): old epochs are thinned so a long run keeps its memory flat.

import { boundedHistory } from './run/bounded-history.ts';
import { learningRateAt } from './schedules.ts';
import { createRng, deriveSeed, type Rng } from './rng.ts';
import type { Dataset, Network, Parameters, TrainConfig } from './types.ts';
import { validateConfig, validateDataset } from './validate.ts';

/** A mini-batch copy the augment hook may change in place (inputs row-major [n x inputSize]). */
export interface Batch {
  inputs: Float32Array;
  targets: Float32Array;
  n: number;
  inputSize: number;
  targetSize: number;
  /** Which training examples these rows are (indices into the training set). */
  indices: Int32Array;
}

/** Changes a batch in place; rng is the trainer's augmentation stream, deriveSeed(config.seed ?? 1, 3). */
export type Augment = (batch: Batch, rng: Rng) => void;

export interface EarlyStopping {
  /** Stop after this many epochs without improvement of the monitored loss. */
  patience: number;
  /** On stopping, put back the weights of the best epoch. */
  restoreBest: boolean;
  /** An improvement must lower the loss by more than this; default 0. */
  minDelta?: number;
}

export interface TrainerOptions {
  train: Dataset;
  /** Monitored by early stopping when given (else the training loss is). */
  validation?: Dataset;
  /** Measured after every epoch for the charts (testLoss, testAccuracy); never monitored. */
  test?: Dataset;
  config: TrainConfig;
  earlyStopping?: EarlyStopping;
  augment?: Augment;
  /** Called with each epoch's record once it is complete (after early stopping has decided). */
  onEpoch?: (record: EpochRecord) => void;
  /** How many records `history` keeps before thinning old epochs (default 1000). */
  historyLimit?: number;
}

export interface EpochRecord {
  /** Which epoch this was, from 0. */
  epoch: number;
  /** Steps taken so far, after this epoch. */
  step: number;
  /** Learning rate the schedule gave this epoch. */
  learningRate: number;
  /** Mean of the mini-batch losses during the epoch (with penalty and dropout, as trained). */
  meanBatchLoss: number;
  /** Loss and accuracy over the whole training set after the epoch (no penalty, dropout off). */
  trainLoss: number;
  trainAccuracy?: number;
  validationLoss?: number;
  validationAccuracy?: number;
  /** Only with a test set: measured for the charts, never used to decide anything. */
  testLoss?: number;
  testAccuracy?: number;
}

/**
 * Why training ended early, as numbers a page words in its own language (the catalogue's `trainingEnd`
 * module); the engine has no language. Epochs are counted from 1 here, as a reader counts them.
 */
export type TrainingEnd =
  /** A loss (`loss`: the value, NaN or ±Infinity) or, without `loss`, a weight became NaN or infinite. */
  | { kind: 'non-finite'; step: number; epoch: number; loss?: number; learningRate: number }
  /** The loss stayed finite but far above its value before training (run/blow-up.ts). */
  | { kind: 'blow-up'; epoch: number; trainLoss: number; startLoss: number; learningRate: number; optimizer: string; epochs: number; factor: number }
  /** Early stopping: `monitored` had not improved for `patience` epochs after `epoch`. */
  | { kind: 'early-stop'; epoch: number; patience: number; bestEpoch: number; bestLoss: number; monitored: 'validation' | 'training'; restored: boolean };

export type TrainerResult =
  /** Still able to train; epoch = completed epochs, step = steps taken in all. */
  | { status: 'ok'; epoch: number; step: number }
  /** A loss or a parameter became NaN or infinite at this step (`reason`: in English, for logs and tests). */
  | { status: 'diverged'; epoch: number; step: number; reason: string; end: TrainingEnd }
  /** Early stopping ended training. */
  | { status: 'stopped'; epoch: number; step: number; bestEpoch: number; reason: string; end: TrainingEnd };

export interface Trainer {
  readonly network: Network;
  /** Every epoch's record while there are few; old epochs thinned past `historyLimit`. */
  readonly history: readonly EpochRecord[];
  /** Completed epochs. */
  readonly epoch: number;
  /** Steps taken in all. */
  readonly step: number;
  /** Position within the current epoch, in examples. */
  readonly position: number;
  readonly stepsPerEpoch: number;
  /** The epoch with the lowest monitored loss so far (undefined before the first epoch ends). */
  readonly bestEpoch: number | undefined;
  readonly result: TrainerResult;
  readonly config: TrainConfig;
  /** Change the learning rate, optimiser, etc. mid-run (the shuffling stream carries on). */
  setConfig(config: TrainConfig): void;
  runSteps(k: number): TrainerResult;
  /** Finishes the current epoch, then k − 1 more. */
  runEpochs(k: number): TrainerResult;
  /** Trains whole mini-batches until `milliseconds` have passed (at least one step), or maxSteps. */
  runFor(milliseconds: number, maxSteps?: number): TrainerResult;
  /** With early stopping and restoreBest: puts the best epoch's weights back now; false when none are kept. */
  restoreBestWeights(): boolean;
}

/** Optional fast path an engine may offer instead of copying every parameter out. */
interface FiniteCheck {
  parametersAreFinite?(): boolean;
}

function parametersAreFinite(network: Network): boolean {
  const fast = (network as Network & FiniteCheck).parametersAreFinite;
  if (fast) return fast.call(network);
  // One sum: any NaN or ±Infinity makes it non-finite (Inf − Inf gives NaN, which stays NaN).
  const p = network.getParameters();
  let sum = 0;
  for (const layer of [...p.weights, ...p.biases]) for (const v of layer) sum += v * 0;
  return sum === 0;
}

function formatRate(lr: number): string {
  return Number(lr.toPrecision(3)).toString();
}

export function createTrainer(network: Network, options: TrainerOptions): Trainer {
  const { train, validation, test, earlyStopping, augment, onEpoch } = options;
  const inputSize = network.layerSizes[0]!;
  const targetSize = network.layerSizes[network.layerSizes.length - 1]!;
  validateDataset(train, inputSize, targetSize);
  if (validation) validateDataset(validation, inputSize, targetSize);
  if (test) validateDataset(test, inputSize, targetSize);
  validateConfig(options.config);
  if (earlyStopping) {
    if (!Number.isInteger(earlyStopping.patience) || earlyStopping.patience < 1) {
      throw new Error(`early stopping patience must be a whole number ≥ 1 (epochs), got ${earlyStopping.patience}`);
    }
    if (earlyStopping.minDelta !== undefined && !(earlyStopping.minDelta >= 0)) {
      throw new Error(`early stopping minDelta must be a number ≥ 0, got ${earlyStopping.minDelta}`);
    }
  }

  let config = options.config;
  const seed = config.seed ?? 1;
  const shuffleRng = createRng(deriveSeed(seed, 1));
  const augmentRng = createRng(deriveSeed(seed, 3));
  const order = new Int32Array(train.n).map((_, i) => i);
  const history = boundedHistory<EpochRecord>(options.historyLimit);
  let epoch = 0;
  let step = 0;
  let position = 0; // examples of this epoch already trained on; 0 means the epoch has not started
  let batchLossSum = 0;
  let batchCount = 0;
  let result: TrainerResult = { status: 'ok', epoch: 0, step: 0 };
  let best: { loss: number; epoch: number; parameters?: Parameters } | undefined;

  const batchSize = () => Math.min(config.batchSize ?? 10, train.n);

  function shuffle(): void {
    for (let i = order.length - 1; i >= 1; i--) {
      const j = shuffleRng.int(i + 1);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
  }

  function makeBatch(from: number, n: number): Batch {
    const batch: Batch = {
      inputs: new Float32Array(n * inputSize),
      targets: new Float32Array(n * targetSize),
      n,
      inputSize,
      targetSize,
      indices: order.slice(from, from + n),
    };
    for (let b = 0; b < n; b++) {
      const e = batch.indices[b]!;
      batch.inputs.set(train.inputs.subarray(e * inputSize, (e + 1) * inputSize), b * inputSize);
      batch.targets.set(train.targets.subarray(e * targetSize, (e + 1) * targetSize), b * targetSize);
    }
    return batch;
  }

  function diverged(what: string, loss?: number): TrainerResult {
    const lr = learningRateAt(config, epoch);
    return {
      status: 'diverged',
      epoch,
      step,
      end: { kind: 'non-finite', step, epoch: epoch + 1, learningRate: lr, ...(loss === undefined ? {} : { loss }) },
      reason: `training diverged at step ${step} (epoch ${epoch + 1}): ${what}. The learning rate ${formatRate(lr)} is probably too high; try a smaller one (for example ${formatRate(lr / 10)}).`,
    };
  }

  function endEpoch(): void {
    const trained = network.evaluate(train);
    const record: EpochRecord = {
      epoch,
      step,
      learningRate: learningRateAt(config, epoch),
      meanBatchLoss: batchLossSum / batchCount,
      trainLoss: trained.loss,
    };
    if (trained.accuracy !== undefined) record.trainAccuracy = trained.accuracy;
    if (validation) {
      const v = network.evaluate(validation);
      record.validationLoss = v.loss;
      if (v.accuracy !== undefined) record.validationAccuracy = v.accuracy;
    }
    if (test) {
      const t = network.evaluate(test);
      record.testLoss = t.loss;
      if (t.accuracy !== undefined) record.testAccuracy = t.accuracy;
    }
    history.push(record);
    position = 0;
    batchLossSum = 0;
    batchCount = 0;
    epoch += 1;
    result = { status: 'ok', epoch, step };

    const monitored = record.validationLoss ?? record.trainLoss;
    if (!best || monitored < best.loss - (earlyStopping?.minDelta ?? 0)) {
      best = { loss: monitored, epoch: record.epoch };
      if (earlyStopping?.restoreBest) best.parameters = network.getParameters();
    } else if (earlyStopping && record.epoch - best.epoch >= earlyStopping.patience) {
      if (earlyStopping.restoreBest && best.parameters) network.setParameters(best.parameters);
      const what = validation ? 'validation loss' : 'training loss';
      result = {
        status: 'stopped',
        epoch,
        step,
        bestEpoch: best.epoch,
        end: {
          kind: 'early-stop', epoch: record.epoch + 1, patience: earlyStopping.patience, bestEpoch: best.epoch + 1, bestLoss: best.loss,
          monitored: validation ? 'validation' : 'training', restored: earlyStopping.restoreBest === true,
        },
        reason: `stopped early after epoch ${record.epoch + 1}: the ${what} has not improved for ${earlyStopping.patience} epochs; best was epoch ${best.epoch + 1} (${what} ${best.loss.toPrecision(4)})${earlyStopping.restoreBest ? ', whose weights were restored' : ''}.`,
      };
    }
    onEpoch?.(record);
  }

  /** One mini-batch; ends the epoch when it was the last one. */
  function trainOneBatch(): void {
    if (position === 0) shuffle();
    const n = Math.min(batchSize(), train.n - position);
    const batch = makeBatch(position, n);
    if (augment) augment(batch, augmentRng);
    const loss = network.trainStep(batch.inputs, batch.targets, n, config, epoch);
    step += 1;
    position += n;
    if (!Number.isFinite(loss)) {
      result = diverged(`the loss became ${loss}`, loss);
      return;
    }
    if (!parametersAreFinite(network)) {
      result = diverged('a weight became NaN or infinite');
      return;
    }
    batchLossSum += loss;
    batchCount += 1;
    result = { status: 'ok', epoch, step };
    if (position >= train.n) endEpoch();
  }

  const trainer: Trainer = {
    network,
    history: history.records,
    get epoch() {
      return epoch;
    },
    get step() {
      return step;
    },
    get position() {
      return position;
    },
    get stepsPerEpoch() {
      return Math.ceil(train.n / batchSize());
    },
    get bestEpoch() {
      return best?.epoch;
    },
    get result() {
      return result;
    },
    get config() {
      return config;
    },
    setConfig(next) {
      validateConfig(next);
      config = next;
    },
    runSteps(k) {
      if (!Number.isInteger(k) || k < 0) throw new Error(`runSteps needs a whole number of steps ≥ 0, got ${k}`);
      for (let i = 0; i < k && result.status === 'ok'; i++) trainOneBatch();
      return result;
    },
    runEpochs(k) {
      if (!Number.isInteger(k) || k < 0) throw new Error(`runEpochs needs a whole number of epochs ≥ 0, got ${k}`);
      const target = epoch + k;
      while (epoch < target && result.status === 'ok') trainOneBatch();
      return result;
    },
    runFor(milliseconds, maxSteps = Infinity) {
      const start = performance.now();
      let done = 0;
      do {
        if (result.status !== 'ok') break;
        trainOneBatch();
        done++;
      } while (done < maxSteps && performance.now() - start < milliseconds);
      return result;
    },
    restoreBestWeights() {
      if (!best?.parameters) return false;
      network.setParameters(best.parameters);
      return true;
    },
  };
  return trainer;
}
