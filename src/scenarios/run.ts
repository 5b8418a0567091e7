// One training run of a chapter scenario, advanced an epoch at a time so a widget can spread it over
// animation frames (or run it to the end at once) and a unit test can run exactly the same thing in Node.
// The engine's trainer does the training (shuffling, mini-batches, schedule, jitter augmentation, early
// stopping's decision); this adds what the chapters plot: the test loss after every epoch, a fixed
// number of epochs, the augmented points of the latest epoch, and the weights of the best validation
// epoch kept by early stopping.
import { createReferenceNetwork, createTrainer, pointJitter } from '../engine/index.ts';
import type { Augment, EpochRecord, Trainer } from '../engine/trainer.ts';
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
  /** Every mini-batch trains on copies of its points moved by Gaussian noise of this standard deviation. */
  augmentation?: { jitter: number };
}

/** The trainer's record of an epoch (epoch counts from 0) plus the loss on the test set. */
export interface RunEpoch extends EpochRecord {
  testLoss: number;
}

export type RunStatus = 'running' | 'finished' | 'stopped early' | 'diverged';

export interface ScenarioRun {
  readonly setup: RunSetup;
  readonly network: Network;
  readonly history: readonly RunEpoch[];
  status(): RunStatus;
  /** Why the run ended early (divergence or early stopping), in words for the page. */
  message(): string | undefined;
  /** With early stopping: the epoch (from 0) whose weights the run keeps, the lowest validation loss. */
  bestEpoch(): number | undefined;
  /** The training points as last trained on (jittered when augmenting), row-major [n x 2]. */
  lastInputs(): Float32Array;
  /** Trains one more epoch unless the run is over. */
  step(): void;
  /** Final numbers of the network as it ends (the best epoch's weights with early stopping). */
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
  const { train } = setup;
  const history: RunEpoch[] = [];
  const seen = new Float32Array(train.inputs);
  let augment: Augment | undefined;
  if (setup.augmentation && setup.augmentation.jitter > 0) {
    const jitter = pointJitter(setup.augmentation.jitter);
    augment = (batch, rng) => {
      jitter(batch, rng);
      for (let b = 0; b < batch.n; b++) seen.set(batch.inputs.subarray(2 * b, 2 * b + 2), 2 * batch.indices[b]!);
    };
  }
  const trainer: Trainer = createTrainer(network, {
    train,
    validation: setup.validation,
    config: setup.config,
    // The run keeps the best weights itself, after measuring the test loss of the last epoch trained.
    earlyStopping: setup.earlyStopping && { patience: setup.earlyStopping.patience, restoreBest: false },
    augment,
  });
  let status: RunStatus = 'running';
  let best: { epoch: number; parameters: Parameters } | undefined;

  const keepBest = () => {
    if (best && best.epoch !== history.length - 1) network.setParameters(best.parameters);
  };

  const step = () => {
    if (status !== 'running') return;
    const outcome = trainer.runEpochs(1);
    if (outcome.status === 'diverged') {
      status = 'diverged';
      return;
    }
    const record = trainer.history[trainer.history.length - 1]!;
    history.push({ ...record, testLoss: network.evaluate(setup.test).loss });
    if (setup.earlyStopping && trainer.bestEpoch === record.epoch) {
      best = { epoch: record.epoch, parameters: network.getParameters() };
    }
    if (outcome.status === 'stopped') {
      status = 'stopped early';
      keepBest();
    } else if (history.length >= setup.epochs) {
      status = 'finished';
      keepBest();
    }
  };

  return {
    setup,
    network,
    history,
    status: () => status,
    message: () => (trainer.result.status === 'ok' ? undefined : trainer.result.reason),
    bestEpoch: () => best?.epoch,
    lastInputs: () => seen,
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
