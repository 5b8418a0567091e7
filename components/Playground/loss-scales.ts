// The loss chart's arithmetic, apart from its drawing (loss-chart.ts): where an epoch and a loss go on the
// chart (a linear epoch axis, a log loss axis), the axes' extent, the epoch ticks, a line's SVG path and
// the point under the pointer. Pure, so it is unit tested.

/** A value to a pixel position, and back. */
export interface Scale { (v: number): number; invert(px: number): number }

/** [lo, hi] onto [from, to] pixels, linearly. A zero-width domain maps everything to `from`. */
export function linearScale(lo: number, hi: number, from: number, to: number): Scale {
  const k = hi === lo ? 0 : (to - from) / (hi - lo);
  return Object.assign((v: number) => from + (v - lo) * k, { invert: (px: number) => (k === 0 ? lo : lo + (px - from) / k) });
}

/** [lo, hi] (both > 0) onto [from, to] pixels, by the logarithm: equal ratios, equal distances. */
export function logScale(lo: number, hi: number, from: number, to: number): Scale {
  const inner = linearScale(Math.log(lo), Math.log(hi), from, to);
  return Object.assign((v: number) => inner(Math.log(v)), { invert: (px: number) => Math.exp(inner.invert(px)) });
}

/** The round number (1, 2 or 5 times a power of ten) at or above v. */
export function roundUp(v: number): number {
  const power = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * power).find((r) => r >= v - 1e-9) ?? 10 * power;
}

/** The axes' extent: epochs 0..xMax, losses yLo..yHi (yLo < yHi, both > 0). */
export interface Frame { xMax: number; yLo: number; yHi: number }

/**
 * The extent for a curve up to `lastEpoch` with losses in [lo, hi]. When finished, just the curve. While
 * training (`live`), room ahead: the epoch axis to 1.5 times the epochs so far (a round number), the loss
 * axis a third of the way lower and a tenth higher, so the next drawings only move the lines.
 */
export function chartFrame(lastEpoch: number, lo: number, hi: number, live: boolean): Frame {
  const xMax = live ? roundUp(Math.max(1, lastEpoch * 1.5)) : Math.max(1, lastEpoch);
  // No usable loss (a diverged run): any extent, there is no line to place.
  if (!(lo > 0) || !Number.isFinite(hi)) return { xMax, yLo: 0.1, yHi: 1 };
  let [yLo, yHi] = live ? [lo / 1.5, hi * 1.1] : [lo, hi];
  // A single value (or all equal): a little room around it, so it sits mid-height.
  if (yHi / yLo < 1.001) [yLo, yHi] = [yLo / 1.1, yHi * 1.1];
  return { xMax, yLo, yHi };
}

/** Whether a curve up to `lastEpoch` with losses in [lo, hi] still fits in `frame`. */
export const fitsFrame = (frame: Frame, lastEpoch: number, lo: number, hi: number): boolean =>
  lastEpoch <= frame.xMax && lo >= frame.yLo && hi <= frame.yHi;

/** Whole epochs from 0 to xMax, about `count` of them, 1, 2 or 5 times a power of ten apart. */
export function epochTicks(xMax: number, count = 5): number[] {
  const raw = xMax / Math.max(1, Math.min(count, xMax));
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = Math.max(1, power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1));
  const ticks: number[] = [];
  for (let v = 0; v <= xMax + 1e-9; v += step) ticks.push(Math.round(v));
  return ticks;
}

export interface LossPoint { epoch: number; loss: number }

/** An SVG path through the points ("M x,y L x,y …", tenths of a pixel). */
export const linePath = (points: readonly LossPoint[], x: (v: number) => number, y: (v: number) => number): string =>
  points.map((p, i) => `${i ? 'L' : 'M'}${x(p.epoch).toFixed(1)},${y(p.loss).toFixed(1)}`).join('');

/**
 * The point a pointer at (px, py) reads: the nearest epoch across, and of that epoch's points (train, test)
 * the one nearest the pointer's height.
 */
export function nearestPoint<P extends LossPoint>(points: readonly P[], px: number, py: number, x: (v: number) => number, y: (v: number) => number): P | undefined {
  let best: P | undefined;
  let bestDx = Infinity, bestDy = Infinity;
  for (const p of points) {
    const dx = Math.abs(x(p.epoch) - px), dy = Math.abs(y(p.loss) - py);
    if (dx < bestDx - 1e-9 || (Math.abs(dx - bestDx) <= 1e-9 && dy < bestDy)) [best, bestDx, bestDy] = [p, dx, dy];
  }
  return best;
}
