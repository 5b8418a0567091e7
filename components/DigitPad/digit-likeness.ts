// When does a drawing not look like a digit? The network cannot say: its softmax always shares 100% among
// the ten digits. These rules look at the 28×28 input itself (./ink-shape.ts). Each limit sits just
// beyond what the MNIST digits do: measured on the 8,000 training digits after the page's pre-processing,
// it is past their 99.9th percentile (or below their 0.1th), so about one real digit in a few hundred is
// doubted. How often the rules doubt held-out digits and catch generated non-digits (dots, filled areas,
// tangles, hatching, flat lines) is measured in digit-likeness.test.ts and quoted in chapter 2.
import { inkShape, type InkShape } from './ink-shape.ts';

export type NotADigit = 'little-ink' | 'solid' | 'flat' | 'scattered' | 'tangle';

/** The limits, with the MNIST figures behind them (8,000 training digits, split seed 1). */
export const LIMITS = {
  /** Less total ink than this is a speck (MNIST: 0.1th percentile 28, smallest 22). */
  minInk: 20,
  /** More than this share of the ink deep inside a stroke is a filled area (MNIST: 99.9th percentile 0.26). */
  maxSolid: 0.3,
  /** Lower than this (over 20 pixels) is a flat mark, not an upright digit (MNIST: smallest 0.5). */
  minHeight: 0.45,
  /** More separate pieces than this is scattered marks (MNIST: at most 3, 18 digits in 8,000 have 3). */
  maxPieces: 3,
  /**
   * Two or more pieces with more ink than this is separate heavy strokes, such as hatching (MNIST: 12
   * digits in 8,000; a digit in pieces is a broken thin stroke, light).
   */
  piecesInk: 120,
  /** More closed loops than this is a tangle (MNIST: at most 3; 8, the loopiest digit, has 2). */
  maxLoops: 3,
  /**
   * Heavy and dense together: more ink than this and more than `denseCoverage` of the ink box covered
   * (MNIST digits that heavy cover less than half their box; dense ones are thin 1s with little ink).
   */
  denseInk: 150,
  denseCoverage: 0.6,
} as const;

export interface Likeness { shape: InkShape; verdict: NotADigit | null }

/** The first rule this input breaks (in the order a reader would fix them), or null if it could be a digit. */
export function digitLikeness(input: ArrayLike<number>): Likeness {
  const shape = inkShape(input);
  const verdict: NotADigit | null =
    shape.ink < LIMITS.minInk || shape.pieces === 0 ? 'little-ink'
    : shape.solid > LIMITS.maxSolid || (shape.ink > LIMITS.denseInk && shape.coverage > LIMITS.denseCoverage) ? 'solid'
    : shape.height < LIMITS.minHeight ? 'flat'
    : shape.pieces > LIMITS.maxPieces || (shape.pieces >= 2 && shape.ink > LIMITS.piecesInk) ? 'scattered'
    : shape.loops > LIMITS.maxLoops ? 'tangle'
    : null;
  return { shape, verdict };
}
