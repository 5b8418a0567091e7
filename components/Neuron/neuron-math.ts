// One artificial neuron: z = Σ w_i x_i + b, a = f(z). Pure maths, no DOM; the widget and the tests share it.
// The activation functions are the engine's own (src/engine/activations.ts), so chapter 1 shows exactly
// what the networks of later chapters compute.
import { activationFunction } from '../../src/engine/index.ts';
import type { Activation } from '../../src/engine/types.ts';

/** The activations a single neuron offers in chapter 1 (softmax needs a layer, leaky ReLU comes later). */
export type NeuronActivation = Extract<Activation, 'step' | 'sigmoid' | 'tanh' | 'relu' | 'linear'>;
export const NEURON_ACTIVATIONS: readonly NeuronActivation[] = ['step', 'sigmoid', 'tanh', 'relu', 'linear'];

export function isNeuronActivation(name: string): name is NeuronActivation {
  return (NEURON_ACTIVATIONS as readonly string[]).includes(name);
}

/** f(z), as the engine computes it (step is z >= 0 ? 1 : 0; sigmoid never overflows). */
export function activate(name: NeuronActivation, z: number): number {
  return activationFunction(name).forward(z);
}

export interface NeuronResult {
  /** products[i] = weights[i] * inputs[i] */
  products: number[];
  /** weighted sum plus bias */
  z: number;
  /** activation f(z) */
  a: number;
}

/** Runs the neuron. `inputs` and `weights` have the same length (1 or more). */
export function runNeuron(inputs: readonly number[], weights: readonly number[], bias: number, activation: NeuronActivation): NeuronResult {
  if (inputs.length !== weights.length) {
    throw new Error(`the neuron has ${inputs.length} inputs but ${weights.length} weights; each input needs one weight`);
  }
  const products = inputs.map((x, i) => weights[i] * x);
  const z = products.reduce((sum, p) => sum + p, bias);
  return { products, z, a: activate(activation, z) };
}

/** Points of the activation curve on [zMin, zMax], for drawing. The step gets its jump drawn as a vertical. */
export function activationCurve(name: NeuronActivation, zMin: number, zMax: number, samples = 121): { z: number; a: number }[] {
  const points: { z: number; a: number }[] = [];
  for (let i = 0; i < samples; i++) {
    const z = zMin + ((zMax - zMin) * i) / (samples - 1);
    points.push({ z, a: activate(name, z) });
  }
  if (name === 'step' && zMin < 0 && zMax > 0) {
    const at = points.findIndex((p) => p.z >= 0);
    points.splice(at, 0, { z: 0, a: 0 }, { z: 0, a: 1 });
  }
  return points;
}

/** The z range a chart shows: [-6, 6], widened so the current z is always inside with a margin. */
export function chartDomain(z: number): [number, number] {
  const zz = Number.isFinite(z) ? z : 0;
  return [Math.min(-6, Math.floor(zz - 1)), Math.max(6, Math.ceil(zz + 1))];
}
