// The reference engine: a fully connected network in plain float64 TypeScript, written to be read.
// It defines what the fast WebAssembly engine must compute (see "Semantics" in docs/engine.md), and it
// is what the backpropagation chapter quotes. Everything is a loop over numbers; no tricks.
//
// Notation, for layer l (an index into spec.layers) with nIn inputs and nOut units:
//   z[j] = b[j] + Σ_i a_prev[i] · w[i*nOut + j]      (pre-activation)
//   a[j] = f(z[j])                                   (activation; softmax acts on the whole layer)
// Backpropagation runs the chain rule from the loss back to the first layer, one example at a time:
//   delta[j] = dL/dz[j]
//   dL/dw[i*nOut + j] = a_prev[i] · delta[j]        dL/db[j] = delta[j]
//   dL/da_prev[i] = Σ_j w[i*nOut + j] · delta[j]     then delta_prev[i] = dL/da_prev[i] · f'(z_prev[i])

import { activationFunction, softmax, type ActivationFunction } from '../activations.ts';
import { featureValue } from '../features.ts';
import { planGrid } from '../grid.ts';
import { initialParameters, layerSizesOf } from '../init.ts';
import { LOSSES, type LossFunction } from '../losses.ts';
import { accuracyOf } from '../metrics.ts';
import { createRng, deriveSeed, type Rng } from '../rng.ts';
import { restoreSavedNetwork, savedNetwork } from '../saved-network.ts';
import { learningRateAt } from '../schedules.ts';
import { copyParameters, validateTrainingState, zerosLike, type TrainingState } from '../training-state.ts';
import type {
  Dataset,
  GridOptions,
  Gradients,
  Network,
  NetworkSpec,
  Parameters,
  SerializedNetwork,
  Trace,
  TrainConfig,
  UnitGridOptions,
} from '../types.ts';
import {
  requireTrainable,
  validateBatch,
  validateConfig,
  validateDataset,
  validateEpoch,
  validateInputs,
  validateParameters,
  validatePenalty,
  validateSpec,
} from '../validate.ts';
import { applyUpdate, stateFor } from './optimizers.ts';

/** Per-layer dropout masks for a batch: masks[l][b][j] multiplies a[j] of example b (1 where no dropout). */
type Masks = (number[][] | undefined)[];

/** values[offset .. offset + length) as a plain array. */
function rowOf(values: ArrayLike<number>, offset: number, length: number): number[] {
  const row = new Array<number>(length);
  for (let i = 0; i < length; i++) row[i] = values[offset + i]!;
  return row;
}

export function createReferenceNetwork(spec: NetworkSpec): Network {
  validateSpec(spec);
  return new ReferenceNetwork(structuredClone(spec), initialParameters(spec));
}

/** Restores a network saved with toJSON: spec, parameters, optimiser state and dropout stream. */
export function networkFromJSON(json: SerializedNetwork | string): Network {
  return restoreSavedNetwork(json, (spec) => new ReferenceNetwork(structuredClone(spec), initialParameters(spec)));
}

class ReferenceNetwork implements Network {
  readonly spec: NetworkSpec;
  readonly layerSizes: readonly number[];
  private params: Parameters;
  private readonly activations: (ActivationFunction | 'softmax')[];
  private readonly loss: LossFunction;
  private training: TrainingState | undefined;
  private dropoutRng: Rng | undefined;

  constructor(spec: NetworkSpec, params: Parameters) {
    this.spec = spec;
    this.layerSizes = layerSizesOf(spec);
    this.params = params;
    this.activations = spec.layers.map((layer) =>
      layer.activation === 'softmax' ? 'softmax' : activationFunction(layer.activation, spec.leakySlope ?? 0.01),
    );
    this.loss = LOSSES[spec.loss];
  }

  private get inputSize(): number {
    return this.layerSizes[0]!;
  }

  private get outputSize(): number {
    return this.layerSizes[this.layerSizes.length - 1]!;
  }

  /** Forward pass for one example. masks (training only) switch units off after their activation. */
  private forward(input: ArrayLike<number>, offset: number, masks?: Masks, example = 0): Trace {
    const z: number[][] = [];
    const a: number[][] = [];
    let previous = rowOf(input, offset, this.inputSize);
    this.spec.layers.forEach((layer, l) => {
      const nIn = previous.length;
      const nOut = layer.units;
      const w = this.params.weights[l]!;
      const zl = this.params.biases[l]!.slice();
      for (let i = 0; i < nIn; i++) {
        const ai = previous[i]!;
        for (let j = 0; j < nOut; j++) zl[j]! += ai * w[i * nOut + j]!;
      }
      const f = this.activations[l]!;
      const al = f === 'softmax' ? softmax(zl) : zl.map((zj) => f.forward(zj));
      const mask = masks?.[l]?.[example];
      if (mask) for (let j = 0; j < nOut; j++) al[j]! *= mask[j]!;
      z.push(zl);
      a.push(al);
      previous = al;
    });
    return { z, a };
  }

  /**
   * Batch-mean loss and gradients (+ penalty). With masks this is the training pass (dropout on);
   * without, dropout is off.
   */
  private backprop(
    inputs: ArrayLike<number>,
    targets: ArrayLike<number>,
    n: number,
    penalty: { l1?: number; l2?: number },
    masks?: Masks,
  ): Gradients {
    const { weights } = this.params;
    const layers = this.spec.layers;
    const last = layers.length - 1;
    const zeros = zerosLike(this.params);
    const dWeights = zeros.weights;
    const dBiases = zeros.biases;
    const dActivations = layers.map((layer) => new Array<number>(layer.units).fill(0));
    let loss = 0;

    for (let b = 0; b < n; b++) {
      const { z, a } = this.forward(inputs, b * this.inputSize, masks, b);
      const t = rowOf(targets, b * this.outputSize, this.outputSize);
      loss += this.loss.forward(z[last]!, a[last]!, t);

      // delta = dL/dz at the output layer.
      let dA = this.loss.activationGradient(a[last]!, t);
      let delta = this.loss.fromLogits
        ? this.loss.derivative(z[last]!, a[last]!, t)
        : dA.map((d, j) => d * (this.activations[last] as ActivationFunction).derivative(z[last]![j]!));

      for (let l = last; l >= 0; l--) {
        for (let j = 0; j < dA.length; j++) dActivations[l]![j]! += dA[j]!;
        const nOut = layers[l]!.units;
        const previousA = l > 0 ? a[l - 1]! : rowOf(inputs, b * this.inputSize, this.inputSize);
        const nIn = previousA.length;
        const w = weights[l]!;
        for (let i = 0; i < nIn; i++) {
          for (let j = 0; j < nOut; j++) dWeights[l]![i * nOut + j]! += previousA[i]! * delta[j]!;
        }
        for (let j = 0; j < nOut; j++) dBiases[l]![j]! += delta[j]!;
        if (l === 0) break;

        // Carry the error back to the previous layer: through the weights, the dropout mask, and f'.
        const dPrevious = new Array<number>(nIn).fill(0);
        for (let i = 0; i < nIn; i++) {
          for (let j = 0; j < nOut; j++) dPrevious[i]! += w[i * nOut + j]! * delta[j]!;
        }
        const mask = masks?.[l - 1]?.[b];
        const f = this.activations[l - 1] as ActivationFunction; // softmax is output-only
        dA = dPrevious;
        delta = dPrevious.map((d, i) => d * (mask ? mask[i]! : 1) * f.derivative(z[l - 1]![i]!));
      }
    }

    // Average over the batch, then add the penalty l1·Σ|w| + (l2/2)·Σw² (weights only).
    const l1 = penalty.l1 ?? 0;
    const l2 = penalty.l2 ?? 0;
    loss /= n;
    for (const g of [...dWeights, ...dBiases, ...dActivations]) for (let i = 0; i < g.length; i++) g[i]! /= n;
    weights.forEach((w, l) => {
      for (let i = 0; i < w.length; i++) {
        const wi = w[i]!;
        loss += l1 * Math.abs(wi) + (l2 / 2) * wi * wi;
        dWeights[l]![i]! += l1 * Math.sign(wi) + l2 * wi;
      }
    });
    const layerNorms = dWeights.map((g) => Math.sqrt(g.reduce((s, v) => s + v * v, 0)));
    return { loss, dWeights, dBiases, dActivations, layerNorms };
  }

  /** Inverted dropout masks, drawn layer by layer, example by example, unit by unit. */
  private drawMasks(n: number, config: TrainConfig): Masks | undefined {
    if (!this.spec.layers.some((layer) => (layer.dropout ?? 0) > 0)) return undefined;
    this.dropoutRng ??= createRng(deriveSeed(config.seed ?? 1, 2));
    const rng = this.dropoutRng;
    return this.spec.layers.map((layer) => {
      const p = layer.dropout ?? 0;
      if (p <= 0) return undefined;
      const keepScale = 1 / (1 - p);
      return Array.from({ length: n }, () => Array.from({ length: layer.units }, () => (rng.next() >= p ? keepScale : 0)));
    });
  }

  predict(inputs: ArrayLike<number>, n: number): Float64Array {
    validateInputs(inputs, n, this.inputSize);
    const k = this.outputSize;
    const out = new Float64Array(n * k);
    for (let b = 0; b < n; b++) {
      const { a } = this.forward(inputs, b * this.inputSize);
      out.set(a[a.length - 1]!, b * k);
    }
    return out;
  }

  trace(input: ArrayLike<number>): Trace {
    validateInputs(input, 1, this.inputSize);
    return this.forward(input, 0);
  }

  gradients(inputs: ArrayLike<number>, targets: ArrayLike<number>, n: number, penalty: { l1?: number; l2?: number } = {}): Gradients {
    requireTrainable(this.spec);
    validatePenalty(penalty);
    validateBatch(inputs, targets, n, this.inputSize, this.outputSize);
    return this.backprop(inputs, targets, n, penalty);
  }

  trainStep(inputs: ArrayLike<number>, targets: ArrayLike<number>, n: number, config: TrainConfig, epoch = 0): number {
    requireTrainable(this.spec);
    validateConfig(config);
    validateEpoch(epoch);
    validateBatch(inputs, targets, n, this.inputSize, this.outputSize);
    const masks = this.drawMasks(n, config);
    const g = this.backprop(inputs, targets, n, { l1: config.l1, l2: config.l2 }, masks);
    // A non-finite loss is returned for the trainer to report; the weights are left as they were.
    if (!Number.isFinite(g.loss)) return g.loss;
    const optimizer = config.optimizer ?? { kind: 'sgd' };
    this.training = stateFor(optimizer, this.params, this.training);
    applyUpdate(optimizer, this.training, this.params, g.dWeights, g.dBiases, learningRateAt(config, epoch));
    return g.loss;
  }

  evaluate(data: Dataset): { loss: number; accuracy?: number } {
    validateDataset(data, this.inputSize, this.outputSize);
    const last = this.spec.layers.length - 1;
    const k = this.outputSize;
    const outputs = new Float64Array(data.n * k);
    let loss = 0;
    for (let b = 0; b < data.n; b++) {
      const { z, a } = this.forward(data.inputs, b * this.inputSize);
      loss += this.loss.forward(z[last]!, a[last]!, data.targets.subarray(b * k, (b + 1) * k));
      outputs.set(a[last]!, b * k);
    }
    const accuracy = accuracyOf(this.spec, outputs, data.targets, data.n);
    return accuracy === undefined ? { loss: loss / data.n } : { loss: loss / data.n, accuracy };
  }

  evaluateGrid(options: GridOptions): Float32Array {
    const { size, layer, index } = planGrid(options, this.spec);
    const out = new Float32Array(size * size);
    this.sampleGrid(options, (p, a) => (out[p] = a[layer]![index]!));
    return out;
  }

  evaluateUnitGrids(options: UnitGridOptions): Float32Array[][] {
    const { size } = planGrid(options, this.spec);
    const grids = this.spec.layers.map((l) => Array.from({ length: l.units }, () => new Float32Array(size * size)));
    this.sampleGrid(options, (p, a) => grids.forEach((layer, l) => layer.forEach((grid, j) => (grid[p] = a[l]![j]!))));
    return grids;
  }

  /** One forward pass per pixel centre of the grid; `take` reads pixel p's activations. */
  private sampleGrid(options: GridOptions, take: (p: number, a: number[][]) => void): void {
    const { size, features, x1At, x2At } = planGrid(options, this.spec);
    const input = new Array<number>(this.inputSize);
    for (let row = 0; row < size; row++) {
      const x2 = x2At(row);
      for (let col = 0; col < size; col++) {
        const x1 = x1At(col);
        if (features) {
          features.forEach((f, i) => (input[i] = featureValue(f, x1, x2)));
        } else {
          input[0] = x1;
          input[1] = x2;
        }
        take(row * size + col, this.forward(input, 0).a);
      }
    }
  }

  /** The trainer's divergence check, without copying the parameters out. */
  parametersAreFinite(): boolean {
    for (const layer of [...this.params.weights, ...this.params.biases]) for (const v of layer) if (!Number.isFinite(v)) return false;
    return true;
  }

  getParameters(): Parameters {
    return copyParameters(this.params);
  }

  /** Replaces the weights; the optimiser state and the dropout stream start afresh. */
  setParameters(p: Parameters): void {
    validateParameters(p, this.layerSizes);
    this.params = copyParameters(p);
    this.training = undefined;
    this.dropoutRng = undefined;
  }

  toJSON(): SerializedNetwork {
    const state = this.training ? structuredClone(this.training) : undefined;
    const dropoutRngState = this.dropoutRng?.state();
    const optimizerState = state || dropoutRngState !== undefined ? { ...(state ?? { kind: 'sgd', step: 0 }), dropoutRngState } : undefined;
    const json = savedNetwork(this.spec, this.getParameters());
    if (optimizerState) json.optimizerState = optimizerState;
    return json;
  }

  /** Used by networkFromJSON: resumes the optimiser slots and the dropout stream where they were. */
  restoreTrainingState(state: unknown): void {
    validateTrainingState(state, this.layerSizes);
    const { dropoutRngState, ...rest } = structuredClone(state);
    this.training = rest;
    this.dropoutRng = dropoutRngState === undefined ? undefined : createRng(dropoutRngState);
  }
}
