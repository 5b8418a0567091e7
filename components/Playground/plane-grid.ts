// Sampling the data plane on a grid: the inputs a network sees at each pixel centre, and a whole trace
// (every neuron's activation) per pixel for the neuron pictures. Row 0 is the top (x2 = +EXTENT),
// as in GridOptions. Pure functions over the engine's Network.
import { applyFeatures } from '../../src/engine/index.ts';
import type { FeatureName, Network } from '../../src/engine/types.ts';
import { EXTENT } from '../../src/state/points-field.ts';

export const PLANE_EXTENT: [number, number, number, number] = [-EXTENT, EXTENT, -EXTENT, EXTENT];

/** Pixel-centre coordinates of a size × size grid, row-major [size² × 2]. */
export function gridPoints(size: number): Float32Array {
  const xy = new Float32Array(size * size * 2);
  const step = (2 * EXTENT) / size;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const i = row * size + col;
      xy[2 * i] = -EXTENT + (col + 0.5) * step;
      xy[2 * i + 1] = EXTENT - (row + 0.5) * step;
    }
  }
  return xy;
}

/** The network's inputs at every grid pixel: [size² × features.length]. */
export function gridInputs(size: number, features: readonly FeatureName[]): Float32Array {
  return applyFeatures(gridPoints(size), size * size, features);
}

/**
 * Activations of every neuron (hidden and output) at every pixel: result[l][j] is a size² array for
 * unit j of spec.layers[l]. One forward trace per pixel gives all neurons at once, far cheaper than one
 * grid per neuron.
 */
export function activationGrids(network: Network, inputs: Float32Array, size: number): Float32Array[][] {
  const hidden = network.layerSizes.slice(1);
  const grids = hidden.map((units) => Array.from({ length: units }, () => new Float32Array(size * size)));
  const k = network.layerSizes[0]!;
  for (let p = 0; p < size * size; p++) {
    const { a } = network.trace(inputs.subarray(p * k, (p + 1) * k));
    for (let l = 0; l < hidden.length; l++) for (let j = 0; j < hidden[l]!; j++) grids[l]![j]![p] = a[l]![j]!;
  }
  return grids;
}
