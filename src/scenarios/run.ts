// One training run of a chapter scenario, advanced an epoch at a time so a widget can spread it over
// animation frames (or run it to the end at once) and a unit test can run exactly the same thing in Node.
// Per epoch: shuffle (Fisher-Yates, the trainer's stream), optional jitter augmentation, mini-batch steps at
// the scheduled learning rate, then losses on the training, test and (for early stopping) validation sets.
import { createReferenceNetwork } from '../engine/index.ts';
import { learningRateAt } from '../engine/schedules.ts';
import { createRng, deriveSeed } from '../engine/rng.ts';
import type { Dataset, Network, NetworkSpec, Parameters, TrainConfig } from '../engine/types.ts';

export interface RunSetup {
  spec: NetworkSpec;
  /** Includes l1/l2, schedule and the seed of shuffling, dropout and augmentation. */
  config: TrainConfig;
  epochs: number;
  train: Dataset;
  test: Dataset;
  /** Held-out data watched by early stopping (never trained on). */
  validation?: Dataset;
  /** Stop when the validation loss has not improved for `patience` epochs, and keep the best weights. */
  earlyStopping?: { patience: number };
  /** Each epoch trains on copies of the points moved by Gaussian noise of this standard deviation. */
  augmentation?: { jitter: number };
}

export interface EpochRecord {
  /** Epochs completed, from 1. */
  epoch: number;
  /** Mean data loss (no penalty, dropout off) on the un-augmented training points. */
  trainLoss: number;
  testLoss: number;
  validationLoss?: number;
  /** The learning rate this epoch used. */
  learningRate: number;
}

export type RunStatus = 'running' | 'finished' | 'stopped early' | 'diverged';

export interface ScenarioRun {
  readonly setup: RunSetup;
  readonly network: Network;
  readonly history: EpochRecord[];
  status(): RunStatus;
  /** For early stopping: the epoch whose weights were kept (lowest validation loss). */
  bestEpoch(): number | undefined;
  /** The training inputs of the latest epoch as trained on (jittered when augmenting), row-major [n x 2]. */
  lastInputs(): Float32Array;
  /** Trains one more epoch unless the run is over. */
  step(): void;
  /** Final numbers: losses and accuracies of the network as it ends (best weights if stopped early). */
  result(): RunResult;
}

export interface RunResult {
  epochs: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  status: RunStatus;
}

export type NetworkFactory = (spec: NetworkSpec) => Network;

export function createRun(setup: RunSetup, createNetwork: NetworkFactory = createReferenceNetwork): ScenarioRun {
  if (setup.earlyStopping && !setup.validation) throw new Error('early stopping needs a validation set');
  const network = createNetwork(setup.spec);
  const { train, config } = setup;
  const seed = config.seed ?? 1;
  const shuffleRng = createRng(deriveSeed(seed, 1));
  const jitterRng = createRng(deriveSeed(seed, 3));
  const order = Array.from({ length: train.n }, (_, i) => i);
  const batchSize = config.batchSize ?? 10;
  const width = train.inputSize;
  const history: EpochRecord[] = [];
  let lastInputs = train.inputs;
  let status: RunStatus = 'running';
  let best: { epoch: number; loss: number; parameters: Parameters } | undefined;

  const step = () => {
    if (status !== 'running') return;
    const epoch = history.length; // counting from 0, as schedules do
    for (let i = order.length - 1; i > 0; i--) {
      const j = shuffleRng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const jitter = setup.augmentation?.jitter ?? 0;
    const inputs = jitter > 0 ? jittered(train.inputs, jitter, jitterRng) : train.inputs;
    lastInputs = inputs;
    let finite = true;
    for (let start = 0; start < order.length; start += batchSize) {
      const rows = order.slice(start, start + batchSize);
      const x = new Float64Array(rows.length * width);
      const t = new Float64Array(rows.length * train.targetSize);
      rows.forEach((row, b) => {
        for (let k = 0; k < width; k++) x[b * width + k] = inputs[row * width + k];
        for (let k = 0; k < train.targetSize; k++) t[b * train.targetSize + k] = train.targets[row * train.targetSize + k];
      });
      if (!Number.isFinite(network.trainStep(x, t, rows.length, config, epoch))) finite = false;
    }
    const record: EpochRecord = {
      epoch: epoch + 1,
      trainLoss: network.evaluate(train).loss,
      testLoss: network.evaluate(setup.test).loss,
      learningRate: learningRateAt(config, epoch),
    };
    if (setup.validation) record.validationLoss = network.evaluate(setup.validation).loss;
    history.push(record);
    if (!finite || !Number.isFinite(record.trainLoss)) {
      status = 'diverged';
      return;
    }
    if (setup.earlyStopping && record.validationLoss !== undefined) {
      if (!best || record.validationLoss < best.loss) {
        best = { epoch: record.epoch, loss: record.validationLoss, parameters: network.getParameters() };
      } else if (record.epoch - best.epoch >= setup.earlyStopping.patience) {
        network.setParameters(best.parameters);
        status = 'stopped early';
        return;
      }
    }
    if (history.length >= setup.epochs) {
      // Early stopping keeps the best weights even when patience never ran out.
      if (best && best.epoch !== record.epoch) network.setParameters(best.parameters);
      status = 'finished';
    }
  };

  return {
    setup,
    network,
    history,
    status: () => status,
    bestEpoch: () => best?.epoch,
    lastInputs: () => lastInputs,
    step,
    result() {
      const tr = network.evaluate(train);
      const te = network.evaluate(setup.test);
      return {
        epochs: history.length,
        trainLoss: tr.loss,
        testLoss: te.loss,
        trainAccuracy: tr.accuracy ?? Number.NaN,
        testAccuracy: te.accuracy ?? Number.NaN,
        status,
      };
    },
  };
}

/** Runs to the end in one go (tests, scripts; a page would block, so widgets step in slices instead). */
export function runToEnd(run: ScenarioRun): RunResult {
  while (run.status() === 'running') run.step();
  return run.result();
}

/** A copy of row-major points with N(0, sigma²) added to every coordinate. */
function jittered(inputs: Float32Array, sigma: number, rng: ReturnType<typeof createRng>): Float32Array {
  const out = new Float32Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) out[i] = inputs[i] + sigma * rng.normal();
  return out;
}
