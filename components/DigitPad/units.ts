// The maths behind "what the digit network learned", without DOM: each hidden unit's 784 incoming weights
// as a 28×28 picture scaled to [-1, 1], the grid the pictures are laid out in, and which units fire most.
import { SIZE } from './preprocess.ts';

/** Pixels between tiles (and around the grid). */
export const TILE_GAP = 2;
/** Tiles per row: 96 units make 8 rows of 12. */
export const COLUMNS = 12;

/**
 * One picture per hidden unit from the first layer's weights (row-major [784 × units]: weights[i * units + j]
 * links pixel i to unit j). Each picture is divided by its own largest |weight|, so every unit's pattern
 * shows at full contrast (their scales differ; the pictures compare shapes, not sizes).
 */
export function unitPictures(weights: ArrayLike<number>, units: number): Float32Array[] {
  const pixels = SIZE * SIZE;
  // An invariant (createDigitClassifier refused any model of another shape, worded): English, for developers.
  if (weights.length !== pixels * units) throw new Error(`expected ${pixels} × ${units} weights, got ${weights.length}`);
  return Array.from({ length: units }, (_, j) => {
    const picture = new Float32Array(pixels);
    let largest = 0;
    for (let i = 0; i < pixels; i++) { picture[i] = weights[i * units + j]; largest = Math.max(largest, Math.abs(picture[i])); }
    if (largest > 0) for (let i = 0; i < pixels; i++) picture[i] /= largest;
    return picture;
  });
}

/** Indices of the `n` largest activations above zero, largest first. */
export function strongestUnits(activations: ArrayLike<number>, n: number): number[] {
  return Array.from(activations, (a, k) => [a, k] as const)
    .filter(([a]) => a > 0)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1])
    .slice(0, n)
    .map(([, k]) => k);
}

/** Canvas size for `units` tiles. */
export function gridLayout(units: number): { columns: number; rows: number; width: number; height: number } {
  const columns = Math.min(COLUMNS, units);
  const rows = Math.ceil(units / columns);
  return { columns, rows, width: columns * (SIZE + TILE_GAP) + TILE_GAP, height: rows * (SIZE + TILE_GAP) + TILE_GAP };
}
