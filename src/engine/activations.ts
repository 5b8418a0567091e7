// Activation functions as small { forward, derivative } records (like TensorFlow Playground's nn.ts).
// Both take the pre-activation z; derivative returns da/dz at z. Softmax acts on a whole layer, so it is
// the separate function `softmax` below; its derivative is folded into softmaxCrossEntropy (see losses.ts).

import type { Activation } from './types.ts';

export interface ActivationFunction {
  forward(z: number): number;
  derivative(z: number): number;
}

/** Logistic sigmoid, stable for both signs: never computes e^{large}. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export const linear: ActivationFunction = { forward: (z) => z, derivative: () => 1 };

/** Forward only: the derivative is 0 wherever it exists, so networks with a step layer refuse to train. */
export const step: ActivationFunction = { forward: (z) => (z >= 0 ? 1 : 0), derivative: () => 0 };

export const sigmoidActivation: ActivationFunction = {
  forward: sigmoid,
  derivative: (z) => {
    const s = sigmoid(z);
    return s * (1 - s);
  },
};

export const tanh: ActivationFunction = {
  forward: Math.tanh,
  derivative: (z) => {
    const t = Math.tanh(z);
    return 1 - t * t;
  },
};

/** The derivative at z = 0 is taken as 0. */
export const relu: ActivationFunction = { forward: (z) => (z > 0 ? z : 0), derivative: (z) => (z > 0 ? 1 : 0) };

/** slope for z < 0 (default 0.01); the derivative at z = 0 is the slope. */
export function leakyRelu(slope = 0.01): ActivationFunction {
  return { forward: (z) => (z > 0 ? z : slope * z), derivative: (z) => (z > 0 ? 1 : slope) };
}

/** The element-wise activation for a layer; softmax has no element-wise form, use `softmax`. */
export function activationFunction(name: Exclude<Activation, 'softmax'>, leakySlope = 0.01): ActivationFunction {
  switch (name) {
    case 'linear':
      return linear;
    case 'step':
      return step;
    case 'sigmoid':
      return sigmoidActivation;
    case 'tanh':
      return tanh;
    case 'relu':
      return relu;
    case 'leakyRelu':
      return leakyRelu(leakySlope);
  }
}

/** softmax(z)_k = e^{z_k − max z} / Σ_j e^{z_j − max z} (subtracting the max keeps every e^x ≤ 1). */
export function softmax(z: readonly number[]): number[] {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const e = z.map((v) => Math.exp(v - max));
  let sum = 0;
  for (const v of e) sum += v;
  return e.map((v) => v / sum);
}

/** log Σ_k e^{z_k}, stable. */
export function logSumExp(z: readonly number[]): number {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (const v of z) sum += Math.exp(v - max);
  return max + Math.log(sum);
}
