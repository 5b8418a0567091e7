// Per-example losses as { forward, derivative } records. Each sees the output layer's pre-activations z,
// its activations a and the targets t (all of the same length). The network averages over the batch.
//
// mse works on a: derivative gives dL/da, and the network multiplies by the activation's da/dz.
// The two cross-entropies are computed from the logits z (never log(a), which overflows when a rounds to
// 0 or 1), so their derivative gives dL/dz directly and `fromLogits` is true.

import { logSumExp, sigmoid, softmax } from './activations.ts';
import type { LossName } from './types.ts';

export interface LossFunction {
  forward(z: readonly number[], a: readonly number[], t: ArrayLike<number>): number;
  /** dL/dz when fromLogits, else dL/da. */
  derivative(z: readonly number[], a: readonly number[], t: ArrayLike<number>): number[];
  fromLogits: boolean;
  /** dL/da, reported as the output layer's dActivations (may be ±Infinity when a has rounded to 0 or 1). */
  activationGradient(a: readonly number[], t: ArrayLike<number>): number[];
}

/** ½ Σ_k (a_k − t_k)²: the ½ makes dL/da = a − t. */
export const mse: LossFunction = {
  forward(_z, a, t) {
    let sum = 0;
    for (let k = 0; k < a.length; k++) sum += 0.5 * (a[k]! - t[k]!) ** 2;
    return sum;
  },
  derivative: (_z, a, t) => a.map((ak, k) => ak - t[k]!),
  fromLogits: false,
  activationGradient: (a, t) => a.map((ak, k) => ak - t[k]!),
};

/** Σ_k [max(z,0) − z·t + log(1 + e^{−|z|})] = −Σ_k [t log σ(z) + (1 − t) log(1 − σ(z))]; dL/dz = σ(z) − t. */
export const binaryCrossEntropy: LossFunction = {
  forward(z, _a, t) {
    let sum = 0;
    for (let k = 0; k < z.length; k++) {
      const zk = z[k]!;
      sum += Math.max(zk, 0) - zk * t[k]! + Math.log1p(Math.exp(-Math.abs(zk)));
    }
    return sum;
  },
  derivative: (z, _a, t) => z.map((zk, k) => sigmoid(zk) - t[k]!),
  fromLogits: true,
  // (a − t) / (a(1 − a)) written as −t/a + (1 − t)/(1 − a), dropping a term whose coefficient is 0, so a
  // sigmoid that has rounded to exactly 1 with target 1 gives −1 (the limit), not 0/0.
  activationGradient: (a, t) => a.map((ak, k) => (t[k]! !== 0 ? -t[k]! / ak : 0) + (t[k]! !== 1 ? (1 - t[k]!) / (1 - ak) : 0)),
};

/** logsumexp(z) − Σ_k t_k z_k = −Σ_k t_k log softmax(z)_k when Σ t = 1; dL/dz = softmax(z) − t. */
export const softmaxCrossEntropy: LossFunction = {
  forward(z, _a, t) {
    let dot = 0;
    for (let k = 0; k < z.length; k++) dot += t[k]! * z[k]!;
    return logSumExp(z) - dot;
  },
  derivative: (z, _a, t) => softmax(z).map((sk, k) => sk - t[k]!),
  fromLogits: true,
  activationGradient: (a, t) => a.map((ak, k) => (t[k]! === 0 ? 0 : -t[k]! / ak)),
};

export const LOSSES: Record<LossName, LossFunction> = { mse, binaryCrossEntropy, softmaxCrossEntropy };
