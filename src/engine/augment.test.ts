import { describe, expect, it } from 'vitest';
import { imageShiftRotate, pointJitter, transformImage } from './augment.ts';
import { createRng } from './rng.ts';
import type { Batch } from './trainer.ts';

function batchOf(inputs: number[], inputSize: number, indices?: number[]): Batch {
  const n = inputs.length / inputSize;
  return {
    inputs: new Float32Array(inputs),
    targets: new Float32Array(n),
    n,
    inputSize,
    targetSize: 1,
    indices: new Int32Array(indices ?? Array.from({ length: n }, (_, i) => i)),
  };
}

describe('pointJitter', () => {
  it('adds σ·normal() to x1 then x2 of each example, in order', () => {
    const batch = batchOf([1, 2, 3, 4], 2);
    pointJitter(0.5)(batch, createRng(5));
    const rng = createRng(5);
    const expected = [1, 2, 3, 4].map((v) => Math.fround(v + 0.5 * rng.normal()));
    expect(Array.from(batch.inputs)).toEqual(expected);
  });

  it('has the requested spread', () => {
    const n = 20000;
    const batch = batchOf(new Array(2 * n).fill(0), 2);
    pointJitter(0.3)(batch, createRng(1));
    const values = Array.from(batch.inputs);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(sd).toBeCloseTo(0.3, 2);
  });

  it('recomputes features from the jittered raw point', () => {
    const points = [0, 0, 0.5, -1, 2, 3];
    const batch = batchOf([9, 9, 9, 9, 9, 9], 3, [2, 1]);
    pointJitter(0.1, { points, features: ['x1', 'x1Squared', 'x1x2'] })(batch, createRng(2));
    const rng = createRng(2);
    const a = [2 + 0.1 * rng.normal(), 3 + 0.1 * rng.normal()];
    const b = [0.5 + 0.1 * rng.normal(), -1 + 0.1 * rng.normal()];
    const expected = [a[0]!, a[0]! ** 2, a[0]! * a[1]!, b[0]!, b[0]! ** 2, b[0]! * b[1]!].map(Math.fround);
    expect(Array.from(batch.inputs)).toEqual(expected);
  });

  it('rejects mismatched shapes', () => {
    expect(() => pointJitter(-1)).toThrow(/σ must be/);
    expect(() => pointJitter(0.1)(batchOf([1, 2, 3], 3), createRng(1))).toThrow(/needs 2 inputs/);
    expect(() => pointJitter(0.1, { points: [0, 0], features: ['x1'] })(batchOf([1, 2], 2), createRng(1))).toThrow(
      'point jitter has 1 features but the batch has 2 inputs per example',
    );
  });
});

describe('image shifts and rotations', () => {
  const w = 5;
  const h = 4;
  const image = Array.from({ length: w * h }, (_, i) => (i % 7) / 7);

  it('an integer shift moves every pixel exactly, filling with 0', () => {
    const out = new Float32Array(w * h);
    transformImage(image, out, w, h, 1, -1, 0);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const sx = x - 1;
        const sy = y + 1;
        const expected = sx < 0 || sy >= h ? 0 : image[sy * w + sx]!;
        expect(out[y * w + x]).toBeCloseTo(expected, 6);
      }
    }
  });

  it('a half-pixel shift averages neighbours (bilinear)', () => {
    const out = new Float32Array(w * h);
    transformImage(image, out, w, h, 0.5, 0, 0);
    expect(out[1 * w + 2]).toBeCloseTo((image[1 * w + 1]! + image[1 * w + 2]!) / 2, 6);
  });

  it('a 90° rotation of a square image turns rows into columns', () => {
    const n = 4;
    const square = Array.from({ length: n * n }, (_, i) => i);
    const out = new Float32Array(n * n);
    transformImage(square, out, n, n, 0, 0, Math.PI / 2);
    // Output (x, y) reads input (y, n − 1 − x): the image turned clockwise on screen (y points down).
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) expect(out[y * n + x]).toBeCloseTo(square[(n - 1 - x) * n + y]!, 4);
  });

  it('imageShiftRotate draws dx, dy, angle per example from the stream and is reproducible', () => {
    const pixels = 28 * 28;
    const digit = Array.from({ length: 2 * pixels }, (_, i) => ((i * 37) % 101) / 100);
    const a = batchOf(digit, pixels);
    const b = batchOf(digit, pixels);
    imageShiftRotate({ maxShift: 2, maxDegrees: 15 })(a, createRng(3));
    imageShiftRotate({ maxShift: 2, maxDegrees: 15 })(b, createRng(3));
    expect(Array.from(a.inputs)).toEqual(Array.from(b.inputs));
    const rng = createRng(3);
    const expected = new Float32Array(pixels);
    const dx = (2 * rng.next() - 1) * 2;
    const dy = (2 * rng.next() - 1) * 2;
    const angle = ((2 * rng.next() - 1) * 15 * Math.PI) / 180;
    transformImage(Float32Array.from(digit.slice(0, pixels)), expected, 28, 28, dx, dy, angle);
    expect(Array.from(a.inputs.subarray(0, pixels))).toEqual(Array.from(expected));
    expect(Array.from(a.inputs.subarray(0, pixels))).not.toEqual(digit.slice(0, pixels).map(Math.fround));
    expect(() => imageShiftRotate()(batchOf([1, 2], 2), createRng(1))).toThrow('image augmentation expects 28×28 = 784 inputs per example, got 2');
    expect(() => imageShiftRotate({ maxShift: -1 })).toThrow('maxShift must be from 0 to the image size, got -1');
    expect(() => imageShiftRotate({ maxDegrees: 400 })).toThrow('maxDegrees must be from 0 to 180, got 400');
  });
});
