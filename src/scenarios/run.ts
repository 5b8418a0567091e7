// One training run of a chapter scenario, advanced an epoch at a time so a widget can spread it over
// animation frames (or run it to the end at once) and a unit test can run exactly the same thing in Node.
// The engine's training run (src/engine/run/) does everything: shuffling, mini-batches, schedule, jitter
// augmentation, the test loss after every epoch, early stopping on the validation split with the best
// weights kept, divergence and the epoch limit. This only keeps the chapter's view of it: the whole
// history (a scenario has a fixed, small number of epochs) and the augmented points of the latest epoch.
import { createReferenceNetwork } from '../engine/index.ts';
import { createRun as createTrainingRun, type RunReport, type RunSetup as EngineRunSetup } from '../engine/run/run.ts';
import type { EpochRecord } from '../engine/trainer.ts';
import type { Dataset, Network, NetworkSpec, TrainConfig } from '../engine/types.ts';

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

/** The run's record of an epoch (epoch counts from 0), with the loss on the test set. */
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
  const jitter = setup.augmentation && setup.augmentation.jitter > 0 ? setup.augmentation.jitter : 0;
  const engineSetup: EngineRunSetup = {
    train,
    validation: setup.validation,
    test: setup.test,
    config: setup.config,
    epochs: setup.epochs,
    earlyStopping: setup.earlyStopping && { patience: setup.earlyStopping.patience },
  };
  if (jitter > 0) engineSetup.augment = { kind: 'pointJitter', sigma: jitter };
  const run = createTrainingRun(network, engineSetup, {
    onBatch: jitter > 0
      ? (batch) => { for (let b = 0; b < batch.n; b++) seen.set(batch.inputs.subarray(2 * b, 2 * b + 2), 2 * batch.indices[b]!); }
      : undefined,
  });
  let last: RunReport = run.report();

  const status = (): RunStatus => {
    if (last.status === 'stopped') return 'stopped early';
    return last.status;
  };

  return {
    setup,
    network,
    history,
    status,
    message: () => last.message,
    bestEpoch: () => last.best?.epoch,
    lastInputs: () => seen,
    step() {
      if (last.status !== 'running') return;
      last = run.advance({ epochs: 1 });
      for (const r of last.records) history.push(r as RunEpoch);
    },
    result() {
      const tr = network.evaluate(train);
      const te = network.evaluate(setup.test);
      return {
        epochs: history.length,
        trainLoss: tr.loss,
        testLoss: te.loss,
        trainAccuracy: tr.accuracy ?? Number.NaN,
        testAccuracy: te.accuracy ?? Number.NaN,
        status: status(),
      };
    },
  };
}

/** Runs to the end in one go (tests, scripts; a page would block, so widgets step in slices instead). */
export function runToEnd(run: ScenarioRun): RunResult {
  while (run.status() === 'running') run.step();
  return run.result();
}
