// Sampling the data plane on a grid: the inputs a network sees at each pixel centre. Row 0 is the top
// (x2 = +EXTENT), as in GridOptions. (The neuron pictures are the engine's Network.evaluateUnitGrids.)
import { applyFeatures } from '../../src/engine/index.ts';
import type { FeatureName } from '../../src/engine/types.ts';
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
