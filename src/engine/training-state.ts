// The optimiser state a network carries between trainSteps, in the JSON-safe form stored in
// SerializedNetwork.optimizerState. Both engines read and write this form, so a network saved by one can
// continue training in the other.

import type { Optimizer, Parameters } from './types.ts';
import { validateParameters } from './validate.ts';

export interface TrainingState {
  /** Which optimiser the slots belong to; switching optimiser starts fresh slots. */
  kind: Optimizer['kind'];
  /** Optimiser steps taken so far (Adam's t). */
  step: number;
  /** momentum: velocity v. adam: first moment m. Same layout as Parameters. */
  first?: Parameters;
  /** adam: second moment v. */
  second?: Parameters;
  /** rng.state() of the dropout stream once it exists (created on the first trainStep). */
  dropoutRngState?: number;
}

export function zerosLike(p: Parameters): Parameters {
  return {
    weights: p.weights.map((w) => new Array<number>(w.length).fill(0)),
    biases: p.biases.map((b) => new Array<number>(b.length).fill(0)),
  };
}

export function copyParameters(p: Parameters): Parameters {
  return { weights: p.weights.map((w) => Array.from(w)), biases: p.biases.map((b) => Array.from(b)) };
}

export function validateTrainingState(state: unknown, layerSizes: readonly number[]): asserts state is TrainingState {
  const s = state as TrainingState;
  if (s === null || typeof s !== 'object') throw new Error('optimizerState must be an object { kind, step, ... }');
  if (s.kind !== 'sgd' && s.kind !== 'momentum' && s.kind !== 'adam') {
    throw new Error(`optimizerState.kind is ${JSON.stringify(s.kind)}; allowed: sgd, momentum, adam`);
  }
  if (!Number.isInteger(s.step) || s.step < 0) throw new Error(`optimizerState.step must be a whole number ≥ 0, got ${s.step}`);
  if (s.kind === 'momentum' || s.kind === 'adam') {
    if (!s.first) throw new Error(`optimizerState for ${s.kind} needs "first" (its ${s.kind === 'adam' ? 'first moment' : 'velocity'})`);
    validateParameters(s.first, layerSizes);
  }
  if (s.kind === 'adam') {
    if (!s.second) throw new Error('optimizerState for adam needs "second" (its second moment)');
    validateParameters(s.second, layerSizes);
  }
  if (s.dropoutRngState !== undefined && !(Number.isInteger(s.dropoutRngState) && s.dropoutRngState >= 0 && s.dropoutRngState <= 0xffffffff)) {
    throw new Error(`optimizerState.dropoutRngState must be a uint32, got ${s.dropoutRngState}`);
  }
}
