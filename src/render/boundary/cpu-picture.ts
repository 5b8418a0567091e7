// The boundary picture computed on the CPU with the engine's own `evaluateGrid`, coloured by color-map.ts.
// Used when WebGL2 is missing, and by tests as the reference picture.
import type { Network } from '../../engine/types.ts';
import { classColor, valueColor } from './color-map.ts';
import type { ResolvedView } from './view.ts';

/** RGBA pixels of a size x size picture, row 0 at the top (yMax). */
export function cpuPicture(network: Network, view: ResolvedView, size: number): Uint8ClampedArray<ArrayBuffer> {
  const base = { size, extent: view.extent, ...(view.features ? { features: view.features } : {}) };
  // Class mode needs every unit of the layer: one grid per unit.
  const grids = view.mode === 'class'
    ? Array.from({ length: view.outputs }, (_, j) => network.evaluateGrid({ ...base, unit: { layer: view.layer, index: j } }))
    : [network.evaluateGrid({ ...base, unit: { layer: view.layer, index: view.index } })];
  const out = new Uint8ClampedArray(size * size * 4);
  const values = new Array<number>(grids.length);
  for (let p = 0; p < size * size; p++) {
    for (let j = 0; j < grids.length; j++) values[j] = grids[j]![p]!;
    const [r, g, b] = view.mode === 'class' ? classColor(values, view.range) : valueColor(values[0]!, view.range);
    out[4 * p] = r;
    out[4 * p + 1] = g;
    out[4 * p + 2] = b;
    out[4 * p + 3] = 255;
  }
  return out;
}
