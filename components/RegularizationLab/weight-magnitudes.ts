// The lab's weights view, as numbers: how big the weights (not the biases) of a network are. L2 shows as a
// shift towards smaller magnitudes; L1 as a crowd of weights near zero (hovering there: a sign step of fixed
// size jumps across zero rather than landing on it, so few are exactly 0). Magnitudes are binned on a log
// scale, because "near zero" spans several orders of magnitude. Pure; weights-view.ts draws it.
import type { Parameters } from '../../src/engine/types.ts';

/** |w| below this counts as "near zero" in the summary: under 1 % of a typical starting weight (~0.2-1). */
export const NEAR_ZERO = 0.01;
/** Bin edges in log10 |w|: one bin below 10^MIN_LOG (including exact zeros), then QUARTER-decade bins up to 10^MAX_LOG. */
export const MIN_LOG = -4;
export const MAX_LOG = 1;
export const BINS_PER_DECADE = 4;
export const BIN_COUNT = 1 + (MAX_LOG - MIN_LOG) * BINS_PER_DECADE + 1; // below, the log bins, above

export interface WeightMagnitudes {
  count: number;
  meanAbs: number;
  /** Fraction of weights with |w| < NEAR_ZERO. */
  nearZero: number;
  /** Counts per bin: [below 10^MIN_LOG, log bins…, at least 10^MAX_LOG]. */
  histogram: number[];
}

/** The bin of one magnitude (see BIN_COUNT). */
export function binOf(magnitude: number): number {
  if (!(magnitude >= 10 ** MIN_LOG)) return 0;
  if (magnitude >= 10 ** MAX_LOG) return BIN_COUNT - 1;
  return 1 + Math.min(BIN_COUNT - 3, Math.floor((Math.log10(magnitude) - MIN_LOG) * BINS_PER_DECADE));
}

/** Lower edge of bin i as a magnitude (0 for the first bin). */
export const binStart = (i: number): number => (i === 0 ? 0 : 10 ** (MIN_LOG + (i - 1) / BINS_PER_DECADE));

export function weightMagnitudes(parameters: Parameters): WeightMagnitudes {
  const histogram = new Array<number>(BIN_COUNT).fill(0);
  let count = 0, sum = 0, near = 0;
  for (const layer of parameters.weights) {
    for (const w of layer) {
      const m = Math.abs(w);
      count++;
      sum += m;
      if (m < NEAR_ZERO) near++;
      histogram[binOf(m)]!++;
    }
  }
  return { count, meanAbs: count ? sum / count : 0, nearZero: count ? near / count : 0, histogram };
}
