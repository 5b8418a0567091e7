// The grid both engines evaluate for evaluateGrid: which options are valid, which unit is read, and where
// each pixel's centre lies. Row 0 is the top of the picture (yMax); pixel centres are sampled.

import { validateFeatures } from './features.ts';
import type { FeatureName, GridOptions, NetworkSpec } from './types.ts';
import { validateGridOptions } from './validate.ts';

export interface GridPlan {
  /** Pixels along each side. */
  size: number;
  /** The features each point is mapped to, or undefined for the point (x1, x2) itself. */
  features: readonly FeatureName[] | undefined;
  /** The unit whose activation is drawn: spec.layers[layer], unit index. */
  layer: number;
  index: number;
  /** x1 at the centre of column col (0 .. size-1). */
  x1At(col: number): number;
  /** x2 at the centre of row row (0 .. size-1); row 0 is at the top. */
  x2At(row: number): number;
}

/** Validates the options against the network and resolves the defaults (the last layer's first unit). */
export function planGrid(options: GridOptions, spec: NetworkSpec): GridPlan {
  if (options?.features !== undefined) validateFeatures(options.features);
  const features = options?.features;
  validateGridOptions(options, spec, features ? features.length : 2);
  const { size, extent } = options;
  const [xMin, xMax, yMin, yMax] = extent;
  return {
    size,
    features,
    layer: options.unit?.layer ?? spec.layers.length - 1,
    index: options.unit?.index ?? 0,
    x1At: (col) => xMin + ((col + 0.5) * (xMax - xMin)) / size,
    x2At: (row) => yMax - ((row + 0.5) * (yMax - yMin)) / size,
  };
}
