// train(net, data, options): the engine's training run (src/engine/run/) as an async iterator of epoch
// records, so a cell can
// print or draw after every epoch while it trains:
//   for await (const epoch of train(net, data, { epochs: 50 })) console.log(epoch.loss)
// or, to simply run to the end: const history = await train(net, data, { epochs: 50 }).
// Every epoch also goes to the page's live loss chart (out.loss). Stop terminates the whole Worker, so
// there is nothing to cancel here; leaving the loop early (break) stops training too. Between epochs the
// Worker's event loop turns (event-loop.ts), so long training is not taken for a runaway loop.

import { createRun } from '../../engine/run/run.ts';
import type { EpochRecord } from '../../engine/trainer.ts';
import type { Optimizer, Parameters, TrainConfig } from '../../engine/types.ts';
import type { CellOutput } from '../contract.ts';
import { toEngineDataset, type CellDataset } from './datasets.ts';
import { createTurns } from './event-loop.ts';
import { CellNetwork } from './network.ts';
import { cellApiStrings, trainingEndStrings } from '../../i18n/index.ts';

const STRINGS = cellApiStrings();
/** Read when the Worker starts, like STRINGS: the language comes from the Worker's name. */
const END = trainingEndStrings();

export interface TrainOptions {
  /** Passes over the training data, 1..10000; default 20. */
  epochs?: number;
  /** Default 0.1. */
  learningRate?: number;
  /** Examples per step; default 10 (the whole set: data.n). */
  batchSize?: number;
  /** 'sgd' (default), 'momentum', 'adam', or an engine Optimizer object. */
  optimizer?: Optimizer['kind'] | Optimizer;
  l1?: number;
  l2?: number;
  /** Seed of the shuffling and dropout streams; default 1. */
  seed?: number;
  /** Held-out data measured after every epoch (validationLoss, validationAccuracy); early stopping watches it. */
  validation?: Pick<CellDataset, 'inputs' | 'targets'>;
  /** Test data measured after every epoch (testLoss, testAccuracy); it never decides anything. */
  test?: Pick<CellDataset, 'inputs' | 'targets'>;
  /** Stop after this many epochs without a better validation loss, keeping the best weights (needs validation). */
  patience?: number;
  /** Include the weights and biases in every record. */
  weights?: boolean;
  /** Send each epoch to the live loss chart; default true. */
  chart?: boolean;
}

export interface EpochReport {
  epoch: number;
  /** Loss over the whole training set after this epoch. */
  loss: number;
  accuracy?: number;
  validationLoss?: number;
  validationAccuracy?: number;
  testLoss?: number;
  testAccuracy?: number;
  /** Mean of the mini-batch losses during the epoch, as trained (before each step). */
  batchLoss: number;
  learningRate: number;
  weights?: Parameters;
}

export type TrainRun = AsyncIterable<EpochReport> & PromiseLike<EpochReport[]>;

const MAX_EPOCHS = 10_000;

function optimizerOf(option: TrainOptions['optimizer']): Optimizer {
  if (option === undefined) return { kind: 'sgd' };
  if (typeof option === 'string') {
    if (option !== 'sgd' && option !== 'momentum' && option !== 'adam') throw new Error(STRINGS.unknownOptimizer(option));
    return { kind: option };
  }
  return option;
}

export function createTrain(out: CellOutput, nextRunId: () => number) {
  return function train(net: CellNetwork, data: Pick<CellDataset, 'inputs' | 'targets'>, options: TrainOptions = {}): TrainRun {
    if (!(net instanceof CellNetwork)) throw new Error(STRINGS.trainNeedsNetwork);
    const epochs = options.epochs ?? 20;
    if (!Number.isInteger(epochs) || epochs < 1 || epochs > MAX_EPOCHS) throw new Error(STRINGS.epochs(epochs, MAX_EPOCHS));
    const trainSet = toEngineDataset(data);
    const config: TrainConfig = {
      learningRate: options.learningRate ?? 0.1,
      batchSize: options.batchSize ?? Math.min(10, trainSet.n),
      optimizer: optimizerOf(options.optimizer),
      l1: options.l1,
      l2: options.l2,
      seed: options.seed ?? 1,
    };
    const trainingRun = createRun(net.engine, {
      train: trainSet,
      validation: options.validation ? toEngineDataset(options.validation) : undefined,
      test: options.test ? toEngineDataset(options.test) : undefined,
      config,
      epochs,
      earlyStopping: options.patience ? { patience: options.patience } : undefined,
    });
    const run = nextRunId();
    const report = (r: EpochRecord): EpochReport => {
      const record: EpochReport = { epoch: r.epoch, loss: r.trainLoss, batchLoss: r.meanBatchLoss, learningRate: r.learningRate };
      if (r.trainAccuracy !== undefined) record.accuracy = r.trainAccuracy;
      if (r.validationLoss !== undefined) record.validationLoss = r.validationLoss;
      if (r.validationAccuracy !== undefined) record.validationAccuracy = r.validationAccuracy;
      if (r.testLoss !== undefined) record.testLoss = r.testLoss;
      if (r.testAccuracy !== undefined) record.testAccuracy = r.testAccuracy;
      if (options.chart !== false) {
        // The chart's dashed line: the held-out loss, validation if there is one, else test.
        out.loss({ run, epoch: r.epoch, loss: r.trainLoss, validationLoss: r.validationLoss ?? r.testLoss, accuracy: r.trainAccuracy });
      }
      return record;
    };

    async function* epochsOf(): AsyncGenerator<EpochReport> {
      const turn = createTurns();
      while (trainingRun.status === 'running') {
        const result = trainingRun.advance({ epochs: 1, parameters: options.weights === true });
        await turn(); // after the work, so the reader's loop body starts with a fresh budget
        if (result.status === 'diverged') throw new Error(result.end ? END.describe(result.end) : result.message);
        for (const record of result.records) {
          const epoch = report(record);
          if (result.parameters) epoch.weights = result.parameters;
          yield epoch;
        }
        if (result.status === 'stopped' && result.end) out.log(END.describe(result.end));
      }
    }

    let started = false;
    const start = () => {
      if (started) throw new Error(STRINGS.trainTwice);
      started = true;
      return epochsOf();
    };
    return {
      [Symbol.asyncIterator]: start,
      then(resolve, reject) {
        const all = (async () => {
          const records: EpochReport[] = [];
          for await (const record of start()) records.push(record);
          return records;
        })();
        return all.then(resolve, reject);
      },
    };
  };
}
