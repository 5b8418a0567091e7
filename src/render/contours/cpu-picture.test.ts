import { describe, expect, it } from 'vitest';
import { contourPicture, toPixel } from './cpu-picture.ts';

describe('contour picture', () => {
  it('draws a line wherever the loss crosses a power of two, and nowhere else', () => {
    // loss = x² + y² on [−4, 4]²: lines are circles of radius √(2^k).
    const size = 64;
    const extent = [-4, 4, -4, 4] as const;
    const rgba = [10, 20, 30, 200] as const;
    const img = contourPicture({ size, extent, loss: (x, y) => x * x + y * y, rgba, lowest: 0 });
    const at = (row: number, col: number) => img[(row * size + col) * 4 + 3];
    // Along the middle row (y ≈ 0), lines sit where x² crosses 1, 2, 4, 8, 16: |x| = 1, 1.41, 2, 2.83, 4.
    const row = size / 2;
    const lineCols = [...Array(size).keys()].filter((c) => at(row, c) === 200);
    const xs = lineCols.map((c) => -4 + ((c + 0.5) / size) * 8);
    for (const r of [1, Math.SQRT2, 2, 2 * Math.SQRT2]) {
      expect(xs.some((x) => Math.abs(Math.abs(x) - r) < 8 / size + 1e-9), `radius ${r}`).toBe(true);
    }
    expect(lineCols.length).toBeLessThan(20);
    expect([...img.slice(0, 4)]).toEqual(at(0, 0) ? [...rgba] : [0, 0, 0, 0]);
  });

  it('maps points to pixels with y up', () => {
    expect(toPixel(-5, 5, 100, [-5, 5, -5, 5])).toEqual([0, 0]);
    expect(toPixel(0, 0, 100, [-5, 5, -5, 5])).toEqual([50, 50]);
    expect(toPixel(5, -5, 100, [-5, 5, -5, 5])).toEqual([100, 100]);
  });
});
