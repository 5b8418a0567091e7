// A network's parameters as one flat float array for the GPU, plus the small tables the shader loops over.
// Layout (invariant the shader relies on): for each layer l in order, weights[l] row-major [nIn x nOut]
// (w_ij at offset + i*nOut + j), then biases[l] (b_j at offset + nIn*nOut + j).
import type { Activation, Network } from '../../engine/types.ts';

/** Activation codes shared by the packer and the generated shader. */
export const ACTIVATION_CODES: Readonly<Record<Activation, number>> = {
  linear: 0, step: 1, sigmoid: 2, tanh: 3, relu: 4, leakyRelu: 5, softmax: 6,
};

export interface PackedNetwork {
  data: Float32Array;
  /** [inputs, units of layer 0, ..., outputs] */
  sizes: number[];
  /** Start of layer l's block in `data`. */
  offsets: number[];
  activations: number[];
  leakySlope: number;
  /** The widest layer (inputs included): the shader's per-pixel arrays must hold this many values. */
  widest: number;
}

export function packNetwork(network: Network): PackedNetwork {
  const { weights, biases } = network.getParameters();
  const sizes = [...network.layerSizes];
  const offsets: number[] = [];
  let total = 0;
  for (let l = 0; l < weights.length; l++) {
    offsets.push(total);
    total += weights[l]!.length + biases[l]!.length;
  }
  const data = new Float32Array(Math.max(1, total));
  for (let l = 0; l < weights.length; l++) {
    data.set(weights[l]!, offsets[l]!);
    data.set(biases[l]!, offsets[l]! + weights[l]!.length);
  }
  return {
    data,
    sizes,
    offsets,
    activations: network.spec.layers.map((layer) => ACTIVATION_CODES[layer.activation]),
    leakySlope: network.spec.leakySlope ?? 0.01,
    widest: Math.max(...sizes),
  };
}
