// Plain measurements of the 28×28 input that tell a digit from a drawing that is not one, without the
// network: how much ink there is, how much of the digit's box it covers, how flat the box is, how many
// separate pieces of ink and how many closed loops. A handwritten digit is one or two pen strokes with at
// most two loops (0, 6, 8, 9), thin against its size; a dot, a filled area, a tangle or hatching is not.
// Pure maths, no DOM. The limits the pad uses are in ./digit-likeness.ts, measured on MNIST.
import { SIZE } from './preprocess.ts';

/** Pixels at least this dark count as ink for pieces, loops, box and coverage. */
export const INK = 0.5;
/** Pieces of ink or holes smaller than this many pixels are specks, not strokes or loops. */
const SPECK = 3;

export interface InkShape {
  /** Total ink: the sum of the 784 intensities (a typical MNIST digit has about 100). */
  ink: number;
  /** Share of the ink box's pixels that are ink (a digit's strokes leave most of its box empty). */
  coverage: number;
  /** Height of the ink box over 20, the height the pre-processing gives a digit standing upright. */
  height: number;
  /**
   * Share of the ink that lies deep inside a stroke: ink pixels whose whole 5×5 neighbourhood is ink. A pen
   * stroke of a digit is 2–3 pixels wide here, so almost none; a dot, a blob or a tangle is mostly inside.
   */
  solid: number;
  /** Separate pieces of ink (8-connected, specks ignored). */
  pieces: number;
  /** Closed loops: regions of paper enclosed by ink (4-connected, not reaching the edge; specks ignored). */
  loops: number;
}

/** Sizes of the connected regions of pixels where `inside(k)`; `touchesEdge` marks regions that reach it. */
function regions(inside: (k: number) => boolean, diagonal: boolean): { size: number; touchesEdge: boolean }[] {
  const label = new Int32Array(SIZE * SIZE).fill(-1);
  const found: { size: number; touchesEdge: boolean }[] = [];
  const stack: number[] = [];
  for (let start = 0; start < SIZE * SIZE; start++) {
    if (label[start] >= 0 || !inside(start)) continue;
    const region = { size: 0, touchesEdge: false };
    label[start] = found.length;
    stack.push(start);
    while (stack.length) {
      const k = stack.pop()!;
      region.size++;
      const x = k % SIZE, y = (k - x) / SIZE;
      if (x === 0 || y === 0 || x === SIZE - 1 || y === SIZE - 1) region.touchesEdge = true;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if ((dx === 0 && dy === 0) || (!diagonal && dx !== 0 && dy !== 0)) continue;
          const nx = x + dx, ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= SIZE || ny >= SIZE) continue;
          const n = ny * SIZE + nx;
          if (label[n] < 0 && inside(n)) { label[n] = found.length; stack.push(n); }
        }
      }
    }
    found.push(region);
  }
  return found;
}

export function inkShape(input: ArrayLike<number>): InkShape {
  // An invariant (the pad's own canvas makes every input): English, for developers.
  if (input.length !== SIZE * SIZE) throw new Error(`an input has ${SIZE * SIZE} pixels, got ${input.length}`);
  let ink = 0, x0 = SIZE, y0 = SIZE, x1 = -1, y1 = -1, dark = 0;
  for (let k = 0; k < input.length; k++) {
    ink += input[k];
    if (input[k] < INK) continue;
    dark++;
    const x = k % SIZE, y = (k - x) / SIZE;
    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  if (dark === 0) return { ink, coverage: 0, height: 0, solid: 0, pieces: 0, loops: 0 };
  const isInk = (k: number) => input[k] >= INK;
  let deep = 0;
  for (let y = 2; y < SIZE - 2; y++) {
    for (let x = 2; x < SIZE - 2; x++) {
      let all = isInk(y * SIZE + x);
      for (let dy = -2; dy <= 2 && all; dy++) for (let dx = -2; dx <= 2 && all; dx++) all = isInk((y + dy) * SIZE + x + dx);
      if (all) deep++;
    }
  }
  return {
    ink,
    coverage: dark / ((x1 - x0 + 1) * (y1 - y0 + 1)),
    height: (y1 - y0 + 1) / 20,
    solid: deep / dark,
    pieces: regions(isInk, true).filter((r) => r.size >= SPECK).length,
    loops: regions((k) => !isInk(k), false).filter((r) => !r.touchesEdge && r.size >= SPECK).length,
  };
}
