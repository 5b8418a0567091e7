// One training run of a chapter scenario. The engine's training run (src/engine/run/) does everything:
// shuffling, mini-batches, schedule, jitter augmentation, the test loss after every epoch, early stopping
// on the validation split with the best weights kept, divergence and the epoch limit. This only keeps the
// chapter's view of it: the whole history (a scenario has a fixed, small number of epochs), the augmented
// points of the latest epoch, and the page's copy of the network that the widget draws.
// Given a runner (worker/run-client.ts), `advance` trains in the engine Worker, so a widget's training
// never blocks the page, and falls back to this thread where no Worker can start; `step` trains on this
// thread (unit tests, scripts: the same numbers in Node).
import { createReferenceNetwork } from '../engine/index.ts';
import { createRun as createTrainingRun, type RunBudget, type RunReport, type RunSetup as EngineRunSetup } from '../engine/run/run.ts';
import type { RunHandle, Runner, RunPlace } from '../engine/worker/run-client.ts';
import type { EpochRecord } from '../engine/trainer.ts';
import { trainingEndStrings } from '../i18n/index.ts';
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
  /** Trains one more epoch on this thread unless the run is over (not once the run has moved to the Worker). */
  step(): void;
  /**
   * One slice of training wherever the run lives (the engine Worker when the runner has one); the
   * history, status and the page's network are up to date when it settles.
   */
  advance(budget: Pick<RunBudget, 'milliseconds' | 'epochs'>): Promise<void>;
  /** Where `advance` trains: 'worker' once the run has started there. */
  readonly place: RunPlace;
  /** Frees the run's network in the Worker (a widget's reset). */
  dispose(): void;
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

/**
 * `runner`: where `advance` may train (asked at the first `advance`, so a page whose widgets never train
 * never starts the Worker); without it the run stays on this thread.
 */
export function createRun(setup: RunSetup, createNetwork: NetworkFactory = createReferenceNetwork, runner?: () => Runner): ScenarioRun {
  if (setup.earlyStopping && !setup.validation) throw new Error('early stopping needs a validation set');
  const network = createNetwork(setup.spec);
  const { train } = setup;
  const history: RunEpoch[] = [];
  let seen: Float32Array = new Float32Array(train.inputs);
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
  // The run on this thread, on the page's own network; made before any training so that `step` and a
  // fallback `advance` share it.
  const local = createTrainingRun(network, engineSetup);
  let last: RunReport = local.report();
  /** The run in the Worker, once the first `advance` has started it there. */
  let remote: Promise<RunHandle | null> | undefined;
  let place: RunPlace = 'page';
  let disposed = false;

  const take = (report: RunReport) => {
    last = report;
    for (const r of report.records) history.push(r as RunEpoch);
    if (report.parameters) network.setParameters(report.parameters);
    if (report.augmentedInputs) seen = report.augmentedInputs;
  };

  const startRemote = async (): Promise<RunHandle | null> => {
    const runs = runner?.();
    if (!runs || runs.place !== 'worker' || history.length > 0) return null;
    try {
      const handle = await runs.start(setup.spec, network.getParameters(), engineSetup);
      if (handle.place !== 'worker') { handle.dispose(); return null; }
      if (disposed) { handle.dispose(); return null; }
      place = 'worker';
      return handle;
    } catch {
      return null; // the Worker could not take it (failed, or its engine did not load): train here
    }
  };

  const status = (): RunStatus => {
    if (last.status === 'stopped') return 'stopped early';
    return last.status;
  };

  return {
    setup,
    network,
    history,
    status,
    // Why the run ended early, in the page's language (the engine reports it as data).
    message: () => (last.end ? trainingEndStrings().describe(last.end) : last.message),
    bestEpoch: () => last.best?.epoch,
    lastInputs: () => seen,
    get place() { return place; },
    step() {
      if (remote) throw new Error('this run trains in the engine Worker: use advance()');
      if (last.status !== 'running') return;
      take(local.advance({ epochs: 1, augmentedInputs: jitter > 0 }));
    },
    async advance(budget) {
      if (last.status !== 'running' || disposed) return;
      remote ??= startRemote();
      const handle = await remote;
      if (disposed) return;
      if (handle) {
        try {
          take(await handle.advance({ ...budget, parameters: true, augmentedInputs: jitter > 0 }));
          return;
        } catch {
          // The Worker died mid-run: go on here from the weights the page last saw (the history stays).
          remote = Promise.resolve(null);
          place = 'page';
          if (history.length > 0) local.setParameters(network.getParameters());
        }
      }
      take(local.advance({ ...budget, augmentedInputs: jitter > 0 }));
    },
    dispose() {
      disposed = true;
      void remote?.then((handle) => handle?.dispose());
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

/** A slice on the page: the longest task the runs trained together may add (drawing takes the rest of the frame). */
const PAGE_SLICE_MS = 10;
/** A slice in the Worker while animating: short enough for a fresh picture every frame or two. */
const WORKER_SLICE_MS = 16;
/** Without animation (reduced motion, Skip) the Worker may train longer between replies. */
const WORKER_BATCH_MS = 100;

/**
 * One slice of each unfinished run, trained together (in the Worker, one after the other there; on the
 * page, sharing one slice's budget). Resolves to whether any run goes on.
 */
export async function advanceRuns(runs: readonly ScenarioRun[], animated: boolean): Promise<boolean> {
  const live = runs.filter((r) => r.status() === 'running');
  const onPage = live.filter((r) => r.place === 'page').length;
  await Promise.all(live.map((r) => r.advance({
    milliseconds: r.place === 'worker' ? (animated ? WORKER_SLICE_MS : WORKER_BATCH_MS) : PAGE_SLICE_MS / Math.max(1, onPage),
  })));
  return runs.some((r) => r.status() === 'running');
}
