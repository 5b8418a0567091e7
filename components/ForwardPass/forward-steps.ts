// What the ForwardPass widget writes out for each neuron: the weighted sum term by term and the activation,
// using the numbers of the engine's trace. Pure data, no DOM, so the sums can be checked in unit tests.
import type { Activation, NetworkSpec, Parameters, Trace } from '../../src/engine/types.ts';

export interface SumTerm { weight: number; input: number }

export interface NeuronStep {
  /** Index of the layer in spec.layers (0 = first hidden layer). */
  layer: number;
  index: number;
  bias: number;
  terms: SumTerm[];
  /** Pre-activation z and activation a, straight from the engine's trace. */
  z: number;
  a: number;
  activation: Activation;
}

/** One entry per layer after the input: what each of its neurons computes for this input. */
export function forwardSteps(spec: NetworkSpec, params: Parameters, input: readonly number[], trace: Trace): NeuronStep[][] {
  let previous = [...input];
  return spec.layers.map((layer, l) => {
    const nOut = layer.units;
    const steps = Array.from({ length: nOut }, (_, j) => ({
      layer: l,
      index: j,
      bias: params.biases[l][j],
      terms: previous.map((a, i) => ({ weight: params.weights[l][i * nOut + j], input: a })),
      z: trace.z[l][j],
      a: trace.a[l][j],
      activation: layer.activation,
    }));
    previous = trace.a[l];
    return steps;
  });
}

/** The network the widget shows by default: 2 inputs, 3 sigmoid hidden units, 2 softmax outputs. */
export const DEFAULT_SPEC: NetworkSpec = {
  inputs: 2,
  layers: [{ units: 3, activation: 'sigmoid' }, { units: 2, activation: 'softmax' }],
  loss: 'softmaxCrossEntropy',
};

/**
 * Round, hand-picked weights so a reader can redo a sum on paper. Hidden unit 1 grows with x1, unit 2 with
 * x2, unit 3 with x1 − x2; the outputs are two classes that the hidden units vote for.
 * weights[l] is row-major [nIn x nOut].
 */
export const DEFAULT_PARAMETERS: Parameters = {
  weights: [
    [1.5, -0.5, 1.0, /* from x2: */ 0.5, 2.0, -1.0],
    [2.0, -1.0, /* from h2: */ -1.5, 1.5, /* from h3: */ 1.0, -0.5],
  ],
  biases: [[0.0, -0.5, 0.25], [0.0, 0.0]],
};
