import { describe, expect, it } from 'vitest';
import { chartFrame, epochTicks, fitsFrame, linePath, linearScale, logScale, nearestPoint, roundUp } from './loss-scales.ts';

describe('the loss chart scales', () => {
  it('puts losses on a log scale: the ends at the ends, equal ratios at equal distances', () => {
    // Bottom at 138 px, top at 20 px (SVG y grows downwards).
    const y = logScale(0.01, 1, 138, 20);
    expect(y(0.01)).toBeCloseTo(138, 9);
    expect(y(1)).toBeCloseTo(20, 9);
    expect(y(0.1)).toBeCloseTo(79, 9); // one decade of two: half-way
    expect(y(0.5) - y(0.25)).toBeCloseTo(y(0.02) - y(0.01), 9);
    // log10(0.3 / 0.01) / 2 of the way up.
    expect(y(0.3)).toBeCloseTo(138 - (118 * Math.log10(30)) / 2, 9);
    for (const v of [0.013, 0.2, 0.9]) expect(y.invert(y(v))).toBeCloseTo(v, 12);
  });

  it('puts epochs on a linear scale', () => {
    const x = linearScale(0, 200, 48, 300);
    expect([x(0), x(100), x(200)]).toEqual([48, 174, 300]);
    expect(x.invert(174)).toBeCloseTo(100, 12);
  });

  it('labels whole epochs from 0, about five of them, a round step apart', () => {
    expect(epochTicks(1)).toEqual([0, 1]);
    expect(epochTicks(3)).toEqual([0, 1, 2, 3]);
    expect(epochTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(epochTicks(150)).toEqual([0, 20, 40, 60, 80, 100, 120, 140]);
    expect(epochTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    for (let xMax = 1; xMax <= 5000; xMax += 37) {
      const ticks = epochTicks(xMax);
      expect(ticks[0]).toBe(0);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks.at(-1)!).toBeLessThanOrEqual(xMax);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(11);
    }
  });

  it('fits a finished curve tightly and leaves room ahead while training', () => {
    expect(chartFrame(37, 0.2, 0.7, false)).toEqual({ xMax: 37, yLo: 0.2, yHi: 0.7 });
    const live = chartFrame(37, 0.2, 0.7, true);
    expect(live.xMax).toBe(roundUp(55.5));
    expect(live.xMax).toBe(100);
    expect(live.yLo).toBeCloseTo(0.2 / 1.5, 12);
    expect(live.yHi).toBeCloseTo(0.77, 12);
    expect(fitsFrame(live, 60, 0.15, 0.75)).toBe(true);
    expect(fitsFrame(live, 101, 0.15, 0.75)).toBe(false);
    expect(fitsFrame(live, 60, 0.1, 0.75)).toBe(false);
    expect(fitsFrame(live, 60, 0.15, 0.8)).toBe(false);
    // One value: room around it; no usable value: some extent all the same.
    const one = chartFrame(1, 0.5, 0.5, false);
    expect(one.yLo).toBeLessThan(0.5);
    expect(one.yHi).toBeGreaterThan(0.5);
    expect(chartFrame(3, Infinity, -Infinity, false)).toEqual({ xMax: 3, yLo: 0.1, yHi: 1 });
  });

  it('writes a line through the points, and reads the point under the pointer', () => {
    const x = linearScale(0, 10, 0, 100), y = logScale(0.1, 1, 100, 0);
    const points = [{ epoch: 0, loss: 1 }, { epoch: 5, loss: 0.1 ** 0.5 }, { epoch: 10, loss: 0.1 }];
    expect(linePath(points, x, y)).toBe('M0.0,0.0L50.0,50.0L100.0,100.0');
    expect(linePath([], x, y)).toBe('');
    const rows = [
      { epoch: 4, loss: 0.5, set: 'train' }, { epoch: 4, loss: 0.2, set: 'test' },
      { epoch: 6, loss: 0.4, set: 'train' }, { epoch: 6, loss: 0.3, set: 'test' },
    ];
    // Nearest epoch first (46 px is epoch 4.6), then the nearer of its two points in height.
    expect(nearestPoint(rows, 46, 0, x, y)).toBe(rows[0]);
    expect(nearestPoint(rows, 46, 100, x, y)).toBe(rows[1]);
    expect(nearestPoint(rows, 54, y(0.31), x, y)).toBe(rows[3]);
    expect(nearestPoint([], 0, 0, x, y)).toBeUndefined();
  });
});
