// Where a widget's training run lives: in the engine Worker when one can start (training never blocks
// the page), else on the page's main thread (the fallback: a browser without module Workers, or a
// Worker that fails to load). Both run the same `createRun` (run/run.ts) on the WebAssembly engine
// when it loaded, so a seed gives the same numbers either way; the widget sees one interface:
//   const runner = createRunner({ createNetwork });
//   const run = await runner.start(spec, parameters, setup);
//   const report = await run.advance({ milliseconds: 12, parameters: true });
// On the page, slices are short (the budget is the longest main-thread task a slice adds); in the
// Worker they may be longer.

import { descendBowl, type BowlDescent, type DescentPoint } from '../quadratic-bowl.ts';
import { createReferenceNetwork } from '../reference/index.ts';
import { createRun, type RunBudget, type RunReport, type RunSetup, type TrainingRun } from '../run/run.ts';
import type { Dataset, Gradients, Network, NetworkSpec, Parameters, TrainConfig } from '../types.ts';
import { createEngineWorker, type EngineKind, type EngineWorker, type RemoteNetwork } from './client.ts';
import { nextTask } from './next-task.ts';

export type RunPlace = 'worker' | 'page';

export interface RunHandle {
  readonly place: RunPlace;
  advance(budget: RunBudget): Promise<RunReport>;
  setConfig(config: TrainConfig): Promise<void>;
  /** Hand-set weights: training goes on from them. */
  setParameters(parameters: Parameters): Promise<void>;
  /** Frees the run (and its network in the Worker). */
  dispose(): void;
}

export interface Runner {
  /** Where the next run will live ('page' once the Worker has failed). */
  readonly place: RunPlace;
  /**
   * A run on a new network of this spec holding these weights (the page's copy of the network), on the
   * WebAssembly engine (on the page: the runner's `createNetwork`) unless `engine` is 'reference'.
   */
  start(spec: NetworkSpec, parameters: Parameters, setup: RunSetup, engine?: EngineKind): Promise<RunHandle>;
  /** The loss gradient of a network of this spec with these weights on one batch, computed where runs live. */
  gradients(spec: NetworkSpec, parameters: Parameters, data: Dataset, engine?: EngineKind): Promise<Gradients>;
  /** A path of the engine's optimiser rule on a quadratic bowl, computed where runs live. */
  descendBowl(descent: BowlDescent): Promise<DescentPoint[]>;
  /** Gives up the Worker (pending calls reject): later runs live on the page. */
  close(): void;
}

export interface RunnerOptions {
  /** The page's engine, for the fallback (the WebAssembly one when it loaded). */
  createNetwork(spec: NetworkSpec): Network;
  /** The engine Worker to use; null for none (main thread only). Default: start one if Workers exist. */
  worker?: EngineWorker | null;
}

/** The run on this thread, behind the same promises as the Worker's. */
export function localRun(network: Network, setup: RunSetup): RunHandle & { readonly run: TrainingRun } {
  const run = createRun(network, setup);
  return {
    place: 'page',
    run,
    advance: async (budget) => run.advance(budget),
    setConfig: async (config) => run.setConfig(config),
    setParameters: async (parameters) => run.setParameters(parameters),
    dispose() {},
  };
}

function remoteRun(remote: RemoteNetwork): RunHandle {
  return {
    place: 'worker',
    advance: (budget) => remote.advance(budget),
    setConfig: (config) => remote.setConfig(config),
    setParameters: (parameters) => remote.setParameters(parameters),
    dispose() { remote.dispose().catch(() => {}); },
  };
}

/** The Worker itself failed (did not load, crashed, was closed), as opposed to the engine refusing a request. */
export const isWorkerFailure = (error: unknown): boolean =>
  error instanceof Error && /^the engine worker (failed|has been terminated)/.test(error.message);

function startWorker(): EngineWorker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return createEngineWorker();
  } catch {
    return null; // a page where module Workers cannot start (CSP, old browser): train on the page
  }
}

export function createRunner(options: RunnerOptions): Runner {
  let worker = options.worker === undefined ? startWorker() : options.worker;
  const fallBack = () => { worker?.terminate(); worker = null; };
  const networkOn = (engine: EngineKind | undefined) => (engine === 'reference' ? createReferenceNetwork : options.createNetwork);

  /** In the Worker while there is one; on this thread once it has failed (for this and every later call). */
  async function where<T>(inWorker: (w: EngineWorker) => Promise<T>, onPage: () => T | Promise<T>): Promise<T> {
    if (worker) {
      try {
        return await inWorker(worker);
      } catch (error) {
        // A request the engine refuses is refused on the page too (same validation): say so, do not hide it.
        if (!isWorkerFailure(error)) throw error;
        fallBack();
      }
    }
    return onPage();
  }

  return {
    get place() { return worker ? 'worker' : 'page'; },
    start: (spec, parameters, setup, engine) => where(async (w) => {
      const remote = await w.create(spec, engine);
      await remote.setParameters(parameters);
      await remote.startRun(setup);
      return remoteRun(remote);
    }, () => {
      const network = networkOn(engine)(spec);
      network.setParameters(parameters);
      return localRun(network, setup);
    }),
    gradients: (spec, parameters, data, engine) => where(async (w) => {
      const remote = await w.create(spec, engine);
      try {
        await remote.setParameters(parameters);
        return await remote.gradients(data);
      } finally {
        remote.dispose().catch(() => {});
      }
    }, async () => {
      await nextTask();
      const network = networkOn(engine)(spec);
      network.setParameters(parameters);
      return network.gradients(data.inputs, data.targets, data.n);
    }),
    descendBowl: (descent) => where((w) => w.descendBowl(descent), async () => {
      await nextTask();
      return descendBowl(descent);
    }),
    close: fallBack,
  };
}
