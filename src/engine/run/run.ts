// One training run, owned by the engine: every widget that trains (the playground, TeachIt, chapter 5's
// SizeMatters and RegularizationLab) describes its run as data (`RunSetup`), advances it in slices and
// draws only what it reports. The run owns what used to be written in each widget: slicing (a time,
// step or epoch budget per call), the learning-rate schedule and shuffling (through the trainer), early
// stopping on a validation split (never the test set) with the best weights kept, divergence (a NaN or
// infinite loss or weight, and the measured blow-up rule for losses that stay finite), a bounded
// history, and an epoch limit. It is pure: the same setup and network give the same numbers in Node,
// on the page and in the engine Worker (worker/host.ts runs it there; worker/run-client.ts picks).

import { imageShiftRotate, pointJitter, type ImageAugmentOptions } from '../augment.ts';
import { createTrainer, type Augment, type Batch, type EpochRecord, type Trainer, type TrainingEnd } from '../trainer.ts';
import type { Dataset, FeatureName, Network, Parameters, TrainConfig, UnitGridOptions } from '../types.ts';
import { BLOW_UP_EPOCHS, BLOW_UP_FACTOR, blowUpReason, watchBlowUp } from './blow-up.ts';

/** Augmentation described as data (functions cannot cross to a Worker); see augment.ts. */
export type AugmentSpec =
  | { kind: 'pointJitter'; sigma: number; source?: { points: ArrayLike<number>; features: readonly FeatureName[] } }
  | { kind: 'imageShiftRotate'; options?: ImageAugmentOptions };

export interface RunSetup {
  train: Dataset;
  /** Held-out data that early stopping watches (never trained on, never the test set). */
  validation?: Dataset;
  /** Measured after every epoch for the charts (record.testLoss); never decides anything. */
  test?: Dataset;
  config: TrainConfig;
  /** The run finishes after this many epochs (default: it goes on until paused, stopped or diverged). */
  epochs?: number;
  /**
   * Stop when the validation loss has not improved for `patience` epochs, and go back to the best
   * epoch's weights (also when the epoch limit ends the run). Needs `validation`.
   */
  earlyStopping?: { patience: number; minDelta?: number };
  /**
   * The blow-up rule (blow-up.ts) on, against this training loss of the untrained network (default:
   * measured when the run is made); false turns it off. On by default.
   */
  blowUp?: { startLoss?: number } | false;
  augment?: AugmentSpec;
  /** Records kept in `history` before old epochs are thinned (default 1000). */
  historyLimit?: number;
}

export type RunStatus = 'running' | 'finished' | 'stopped' | 'diverged';

/** How much to train in one call; it ends at whichever limit comes first (at least one step). */
export interface RunBudget {
  milliseconds?: number;
  steps?: number;
  /** Finishes the current epoch, then epochs − 1 more. */
  epochs?: number;
  /** Put a copy of the weights in the report (for drawing: ask only when a frame will show them). */
  parameters?: boolean;
  /** With augmentation: put the training inputs as last trained on (each example's latest copy) in the report. */
  augmentedInputs?: boolean;
  /** Put a copy of the weights after every step of this slice in the report (a path to replay: tiny networks only). */
  everyStep?: boolean;
  /**
   * Put every unit's grid (Network.evaluateUnitGrids: the diagram's neuron pictures) for the weights after
   * this slice in the report, so a page draws them without computing them on its main thread.
   */
  unitGrids?: UnitGridOptions;
}

/** What the run tells its widget after each slice. */
export interface RunReport {
  status: RunStatus;
  /** Why the run ended early (divergence, early stopping), in English (logs, tests, code cells). */
  message?: string;
  /** The same as data, for a page to word in its language (the catalogue's `trainingEnd`). */
  end?: TrainingEnd;
  /** Completed epochs. */
  epoch: number;
  /** Mini-batch steps taken in all. */
  step: number;
  /** Examples of the current epoch trained so far. */
  position: number;
  /** Epoch records finished since the previous report, oldest first (never thinned). */
  records: EpochRecord[];
  /** With early stopping: the record of the epoch with the lowest validation loss so far. */
  best?: EpochRecord;
  /** Training loss of the network before this run trained it (the blow-up rule's reference). */
  startLoss: number;
  parameters?: Parameters;
  /** When asked for and augmenting: the training inputs, each row as last trained on (row-major). */
  augmentedInputs?: Float32Array;
  /** When asked for (`everyStep`): the weights after each step of this slice, in order. */
  steps?: Parameters[];
  /** When asked for: every unit's grid for the weights at the end of this slice (unitGrids[l][j]). */
  unitGrids?: Float32Array[][];
}

export interface TrainingRun {
  readonly network: Network;
  readonly setup: RunSetup;
  /** Bounded: every epoch while there are few, old epochs thinned past `historyLimit`. */
  readonly history: readonly EpochRecord[];
  readonly status: RunStatus;
  readonly epoch: number;
  advance(budget: RunBudget): RunReport;
  /** The report without training (records since the last report). */
  report(parameters?: boolean, augmentedInputs?: boolean): RunReport;
  /** New learning rate, optimiser, penalty, … for the next steps (the shuffling stream carries on). */
  setConfig(config: TrainConfig): void;
  /** Weights set by hand mid-run (also resets the optimiser's state); training goes on from them. */
  setParameters(parameters: Parameters): void;
}

export function augmentFrom(spec: AugmentSpec | undefined): Augment | undefined {
  if (!spec) return undefined;
  if (spec.kind === 'pointJitter') return pointJitter(spec.sigma, spec.source);
  if (spec.kind === 'imageShiftRotate') return imageShiftRotate(spec.options);
  throw new Error(`unknown augmentation ${JSON.stringify((spec as { kind?: unknown }).kind)}; allowed: pointJitter, imageShiftRotate`);
}

/** The augment hook with an observer after it (drawing nothing from the rng itself: same numbers). */
function observe(augment: Augment | undefined, onBatch: RunObserver['onBatch']): Augment | undefined {
  if (!onBatch) return augment;
  return (batch, rng) => {
    augment?.(batch, rng);
    onBatch(batch);
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Local-only extras (functions cannot cross to the Worker). */
export interface RunObserver {
  /** Sees each mini-batch as trained on, after augmentation (a chapter draws the jittered points). */
  onBatch?(batch: Batch): void;
}

export function createRun(network: Network, setup: RunSetup, observer: RunObserver = {}): TrainingRun {
  if (setup.earlyStopping && !setup.validation) {
    throw new Error('early stopping needs a validation split to watch (held-out training data, never the test set)');
  }
  if (setup.epochs !== undefined && !(Number.isInteger(setup.epochs) && setup.epochs >= 1)) {
    throw new Error(`a run's epoch limit must be a whole number ≥ 1, got ${setup.epochs}`);
  }
  const startLoss = setup.blowUp === false ? Number.NaN : (setup.blowUp?.startLoss ?? network.evaluate(setup.train).loss);
  const blowUp = setup.blowUp === false ? undefined : watchBlowUp(startLoss);
  let status: RunStatus = 'running';
  let message: string | undefined;
  let end: TrainingEnd | undefined;
  let best: EpochRecord | undefined;
  let pending: EpochRecord[] = [];
  // With augmentation, each training example's latest augmented copy: a chapter shows what the network
  // really trained on (kept here, not in a page callback, so a run in the Worker can report it too).
  const width = setup.train.inputSize;
  const seen = setup.augment ? new Float32Array(setup.train.inputs) : undefined;
  const remember = (batch: Batch) => {
    for (let b = 0; b < batch.n; b++) seen!.set(batch.inputs.subarray(width * b, width * (b + 1)), width * batch.indices[b]!);
    observer.onBatch?.(batch);
  };

  const trainer: Trainer = createTrainer(network, {
    train: setup.train,
    validation: setup.validation,
    test: setup.test,
    config: setup.config,
    earlyStopping: setup.earlyStopping && { ...setup.earlyStopping, restoreBest: true },
    augment: observe(augmentFrom(setup.augment), seen ? remember : observer.onBatch),
    historyLimit: setup.historyLimit,
    onEpoch(record) {
      pending.push(record);
      if (setup.earlyStopping && trainer.bestEpoch === record.epoch) best = record;
      if (status !== 'running') return;
      if (blowUp?.add(record.trainLoss)) {
        status = 'diverged';
        const blown = {
          epoch: record.epoch + 1,
          trainLoss: record.trainLoss,
          startLoss,
          learningRate: record.learningRate,
          optimizer: trainer.config.optimizer?.kind ?? 'sgd',
        };
        message = blowUpReason(blown);
        end = { kind: 'blow-up', ...blown, epochs: BLOW_UP_EPOCHS, factor: BLOW_UP_FACTOR };
      }
    },
  });

  /** After each step: the trainer's verdict, then the epoch limit. */
  function settle(): void {
    if (status !== 'running') return;
    const result = trainer.result;
    if (result.status === 'diverged') {
      status = 'diverged';
      message = capitalise(result.reason);
      end = result.end;
    } else if (result.status === 'stopped') {
      status = 'stopped';
      message = capitalise(result.reason);
      end = result.end;
    } else if (setup.epochs !== undefined && trainer.epoch >= setup.epochs) {
      status = 'finished';
      if (setup.earlyStopping) trainer.restoreBestWeights();
    }
  }

  const run: TrainingRun = {
    network,
    setup,
    get history() { return trainer.history; },
    get status() { return status; },
    get epoch() { return trainer.epoch; },
    advance(budget) {
      const { milliseconds, steps, epochs } = budget;
      if (milliseconds === undefined && steps === undefined && epochs === undefined) {
        throw new Error('advance needs a budget: milliseconds, steps or epochs');
      }
      const start = performance.now();
      const targetEpoch = epochs === undefined ? Infinity : trainer.epoch + epochs;
      let done = 0;
      const path: Parameters[] | undefined = budget.everyStep ? [] : undefined;
      while (status === 'running') {
        trainer.runSteps(1);
        done++;
        path?.push(network.getParameters());
        settle();
        if (steps !== undefined && done >= steps) break;
        if (trainer.epoch >= targetEpoch) break;
        if (milliseconds !== undefined && performance.now() - start >= milliseconds) break;
      }
      const report = run.report(budget.parameters, budget.augmentedInputs);
      if (path) report.steps = path;
      if (budget.unitGrids) report.unitGrids = network.evaluateUnitGrids(budget.unitGrids);
      return report;
    },
    report(parameters = false, augmentedInputs = false) {
      const out: RunReport = { status, epoch: trainer.epoch, step: trainer.step, position: trainer.position, records: pending, startLoss };
      pending = [];
      if (message !== undefined) out.message = message;
      if (end !== undefined) out.end = end;
      if (best) out.best = best;
      if (parameters) out.parameters = network.getParameters();
      if (augmentedInputs && seen) out.augmentedInputs = seen.slice();
      return out;
    },
    setConfig(config) {
      trainer.setConfig(config);
    },
    setParameters(parameters) {
      network.setParameters(parameters);
    },
  };
  return run;
}
