// Counting a feed-forward network's parameters. Between adjacent layers of sizes n_in and n_out there is
// one weight per (input, unit) pair and one bias per unit: n_in·n_out + n_out. Layers that are not adjacent
// share no parameters, so the total is the sum over the gaps between adjacent layers.
import type { Shape } from './network-shape.ts';

export interface LayerParameters {
  nIn: number;
  nOut: number;
  weights: number;
  biases: number;
}

export interface ParameterCount {
  /** One entry per layer after the input layer (per gap between adjacent layers). */
  layers: LayerParameters[];
  weights: number;
  biases: number;
  total: number;
}

export function countParameters(shape: Shape): ParameterCount {
  const layers: LayerParameters[] = [];
  for (let l = 1; l < shape.length; l++) {
    const nIn = shape[l - 1];
    const nOut = shape[l];
    layers.push({ nIn, nOut, weights: nIn * nOut, biases: nOut });
  }
  const weights = layers.reduce((s, l) => s + l.weights, 0);
  const biases = layers.reduce((s, l) => s + l.biases, 0);
  return { layers, weights, biases, total: weights + biases };
}

/**
 * The sum written out with this network's numbers, e.g. for 2-3-1: "(2·3 + 3) + (3·1 + 1) = 9 + 4 = 13",
 * read as weights first, then biases. Uses U+00B7 for the product so it reads as maths, not code.
 */
export function formulaWithNumbers(count: ParameterCount): string {
  const terms = count.layers.map((l) => `(${l.nIn}·${l.nOut} + ${l.nOut})`).join(' + ');
  return `${terms} = ${count.weights} + ${count.biases} = ${count.total}`;
}
