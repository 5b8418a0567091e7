import { describe, expect, it } from 'vitest';
import { inkShape } from './ink-shape.ts';

/** A 28×28 input with ink where `inked(x, y)`. */
const picture = (inked: (x: number, y: number) => boolean) => Float32Array.from({ length: 784 }, (_, k) => (inked(k % 28, Math.floor(k / 28)) ? 1 : 0));

describe('inkShape', () => {
  it('measures nothing on a blank input', () => {
    expect(inkShape(new Float32Array(784))).toEqual({ ink: 0, coverage: 0, height: 0, solid: 0, pieces: 0, loops: 0 });
  });

  it('counts a ring as one piece with one loop, thin (nothing solid)', () => {
    const ring = inkShape(picture((x, y) => { const r = Math.hypot(x - 14, y - 14); return r >= 6 && r < 8; }));
    expect(ring).toMatchObject({ pieces: 1, loops: 1, solid: 0 });
  });

  it('counts separate bars as pieces, a filled square as solid, and a flat bar as flat', () => {
    expect(inkShape(picture((x, y) => y >= 4 && y < 24 && (x === 8 || x === 9 || x === 18 || x === 19))).pieces).toBe(2);
    const square = inkShape(picture((x, y) => x >= 4 && x < 24 && y >= 4 && y < 24));
    expect(square.ink).toBe(400);
    expect(square.coverage).toBe(1);
    expect(square.solid).toBeCloseTo(256 / 400, 10);
    expect(inkShape(picture((x, y) => x >= 4 && x < 24 && y >= 13 && y < 15)).height).toBeCloseTo(0.1, 10);
  });

  it('ignores specks', () => {
    expect(inkShape(picture((x, y) => (x === 3 && y === 3) || (x >= 10 && x < 12 && y >= 4 && y < 24))).pieces).toBe(1);
  });
});
