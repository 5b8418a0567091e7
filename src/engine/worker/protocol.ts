// The engine Worker's message protocol: every request carries an id and gets exactly one response with
// the same id, either { ok: true, value } or { ok: false, error } (the Error's message, as the engine
// worded it). Networks live in the Worker and are named by a numeric handle.

import type { EarlyStopping, EpochRecord, TrainerResult } from '../trainer.ts';
import type { ImageAugmentOptions } from '../augment.ts';
import type {
  Dataset,
  FeatureName,
  GridOptions,
  NetworkSpec,
  Parameters,
  SerializedNetwork,
  Trace,
  TrainConfig,
} from '../types.ts';

/** Augmentation described as data (functions cannot cross to a Worker); see augment.ts. */
export type AugmentSpec =
  | { kind: 'pointJitter'; sigma: number; source?: { points: ArrayLike<number>; features: readonly FeatureName[] } }
  | { kind: 'imageShiftRotate'; options?: ImageAugmentOptions };

export interface TrainingSetup {
  train: Dataset;
  validation?: Dataset;
  config: TrainConfig;
  earlyStopping?: EarlyStopping;
  augment?: AugmentSpec;
}

/** Where a training run stands after a slice of work. */
export interface TrainingStatus {
  result: TrainerResult;
  epoch: number;
  step: number;
  /** Position within the current epoch, in examples. */
  position: number;
  /** Epoch records finished during this slice (the whole history is the concatenation of these). */
  newEpochs: EpochRecord[];
}

export interface Requests {
  create: { args: { spec: NetworkSpec }; value: { network: number; layerSizes: number[] } };
  fromJSON: { args: { json: SerializedNetwork | string }; value: { network: number; layerSizes: number[]; spec: NetworkSpec } };
  setTraining: { args: { network: number; setup: TrainingSetup }; value: null };
  setConfig: { args: { network: number; config: TrainConfig }; value: null };
  trainSteps: { args: { network: number; steps: number }; value: TrainingStatus };
  trainEpochs: { args: { network: number; epochs: number }; value: TrainingStatus };
  trainFor: { args: { network: number; milliseconds: number; maxSteps?: number }; value: TrainingStatus };
  predict: { args: { network: number; inputs: Float32Array; n: number }; value: Float32Array };
  trace: { args: { network: number; input: number[] }; value: Trace };
  evaluate: { args: { network: number; data: Dataset }; value: { loss: number; accuracy?: number } };
  evaluateGrid: { args: { network: number; options: GridOptions }; value: Float32Array };
  getParameters: { args: { network: number }; value: Parameters };
  setParameters: { args: { network: number; parameters: Parameters }; value: null };
  toJSON: { args: { network: number }; value: SerializedNetwork };
  dispose: { args: { network: number }; value: null };
}

export type Op = keyof Requests;
export type Request = { [K in Op]: { id: number; op: K } & Requests[K]['args'] }[Op];
export type Response = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
