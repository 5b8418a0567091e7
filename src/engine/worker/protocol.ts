// The engine Worker's message protocol: every request carries an id and gets exactly one response with
// the same id, either { ok: true, value } or { ok: false, error } (the Error's message, as the engine
// worded it). Networks live in the Worker and are named by a numeric handle.

import type { BowlDescent, DescentPoint } from '../quadratic-bowl.ts';
import type { RunBudget, RunReport, RunSetup } from '../run/run.ts';
import type {
  Dataset,
  Gradients,
  GridOptions,
  NetworkSpec,
  Parameters,
  SerializedNetwork,
  Trace,
  TrainConfig,
} from '../types.ts';

export type { AugmentSpec, RunBudget, RunReport, RunSetup } from '../run/run.ts';

/**
 * Which engine makes a network in the Worker: the WebAssembly one (the default, for speed) or the float64
 * reference (a widget whose numbers must be the reference's to the last digit, e.g. chapter 4d's).
 */
export type EngineKind = 'wasm' | 'reference';

export interface Requests {
  /**
   * The client's first message: the page's compiled WebAssembly engine, so the Worker neither fetches nor
   * compiles the .wasm again; without it the Worker loads the engine itself (a page that has not loaded it).
   */
  init: { args: { kernels?: WebAssembly.Module }; value: null };
  create: { args: { spec: NetworkSpec; engine?: EngineKind }; value: { network: number; layerSizes: number[] } };
  fromJSON: { args: { json: SerializedNetwork | string }; value: { network: number; layerSizes: number[]; spec: NetworkSpec } };
  /** Starts a training run (run/run.ts) on this network, replacing any earlier one. */
  startRun: { args: { network: number; setup: RunSetup }; value: RunReport };
  advanceRun: { args: { network: number; budget: RunBudget }; value: RunReport };
  setConfig: { args: { network: number; config: TrainConfig }; value: null };
  predict: { args: { network: number; inputs: Float32Array; n: number }; value: Float32Array };
  trace: { args: { network: number; input: number[] }; value: Trace };
  evaluate: { args: { network: number; data: Dataset }; value: { loss: number; accuracy?: number } };
  /** The loss gradient on one batch (nothing is trained). */
  gradients: { args: { network: number; data: Dataset }; value: Gradients };
  /** A path of the engine's optimiser rule on a quadratic bowl (quadratic-bowl.ts); no network. */
  descendBowl: { args: { descent: BowlDescent }; value: DescentPoint[] };
  evaluateGrid: { args: { network: number; options: GridOptions }; value: Float32Array };
  getParameters: { args: { network: number }; value: Parameters };
  setParameters: { args: { network: number; parameters: Parameters }; value: null };
  toJSON: { args: { network: number }; value: SerializedNetwork };
  dispose: { args: { network: number }; value: null };
}

export type Op = keyof Requests;
export type Request = { [K in Op]: { id: number; op: K } & Requests[K]['args'] }[Op];
export type Response = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
