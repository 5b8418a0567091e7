// Data augmentation hooks for the trainer: each changes a mini-batch copy in place, drawing from the
// trainer's seeded augmentation stream, so a seed reproduces the same augmented batches.

import { featureValue, validateFeatures } from './features.ts';
import type { Rng } from './rng.ts';
import type { Augment } from './trainer.ts';
import type { FeatureName } from './types.ts';

/**
 * Gaussian jitter of 2-D points: x ← x + σ·normal(), two draws per example (x1 then x2), example order.
 * Without `source`, the batch inputs are the points themselves (2 inputs). With `source`, the inputs are
 * features of the points: the raw point of each example is looked up by index, jittered, and the
 * features recomputed, so x1² stays the square of the jittered x1.
 */
export function pointJitter(sigma: number, source?: { points: ArrayLike<number>; features: readonly FeatureName[] }): Augment {
  if (!(Number.isFinite(sigma) && sigma >= 0)) throw new Error(`jitter σ must be a finite number ≥ 0, got ${sigma}`);
  if (source) validateFeatures(source.features);
  return (batch, rng) => {
    const k = batch.inputSize;
    if (!source && k !== 2) throw new Error(`point jitter without features needs 2 inputs per example, got ${k}`);
    if (source && source.features.length !== k) {
      throw new Error(`point jitter has ${source.features.length} features but the batch has ${k} inputs per example`);
    }
    for (let b = 0; b < batch.n; b++) {
      const e = batch.indices[b]!;
      const x1 = (source ? source.points[2 * e]! : batch.inputs[b * k]!) + sigma * rng.normal();
      const x2 = (source ? source.points[2 * e + 1]! : batch.inputs[b * k + 1]!) + sigma * rng.normal();
      if (!source) {
        batch.inputs[b * k] = x1;
        batch.inputs[b * k + 1] = x2;
      } else {
        source.features.forEach((f, i) => (batch.inputs[b * k + i] = featureValue(f, x1, x2)));
      }
    }
  };
}

export interface ImageAugmentOptions {
  /** Largest shift in pixels, each direction (uniform in [−maxShift, maxShift]); default 2. */
  maxShift?: number;
  /** Largest rotation in degrees, either way (uniform); default 10. */
  maxDegrees?: number;
  /** Image side in pixels; default 28 (MNIST). Images are row-major, row 0 at the top. */
  width?: number;
  height?: number;
}

/**
 * Moves one image: output pixel (x, y) takes the input at the inverse transform of its centre —
 * rotate by −θ about the image centre, then shift back by (−dx, −dy) — read with bilinear interpolation;
 * outside the image is 0 (background).
 */
export function transformImage(
  source: ArrayLike<number>,
  target: Float32Array,
  width: number,
  height: number,
  dx: number,
  dy: number,
  radians: number,
): void {
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= width || y >= height ? 0 : source[y * width + x]!);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ux = x - dx - cx;
      const uy = y - dy - cy;
      const sx = cos * ux + sin * uy + cx;
      const sy = -sin * ux + cos * uy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      target[y * width + x] =
        (1 - fy) * ((1 - fx) * at(x0, y0) + fx * at(x0 + 1, y0)) + fy * ((1 - fx) * at(x0, y0 + 1) + fx * at(x0 + 1, y0 + 1));
    }
  }
}

/** Small random shifts and rotations of images; per example three draws: dx, dy, then the angle. */
export function imageShiftRotate(options: ImageAugmentOptions = {}): Augment {
  const { maxShift = 2, maxDegrees = 10, width = 28, height = 28 } = options;
  if (!(maxShift >= 0 && maxShift <= Math.min(width, height))) throw new Error(`maxShift must be from 0 to the image size, got ${maxShift}`);
  if (!(maxDegrees >= 0 && maxDegrees <= 180)) throw new Error(`maxDegrees must be from 0 to 180, got ${maxDegrees}`);
  const pixels = width * height;
  const scratch = new Float32Array(pixels);
  return (batch, rng: Rng) => {
    if (batch.inputSize !== pixels) {
      // An invariant (only the course's own image widgets use it; the cell API does not offer it): English, for developers.
      throw new Error(`image augmentation expects ${width}×${height} = ${pixels} inputs per example, got ${batch.inputSize}`);
    }
    for (let b = 0; b < batch.n; b++) {
      const dx = (2 * rng.next() - 1) * maxShift;
      const dy = (2 * rng.next() - 1) * maxShift;
      const radians = (((2 * rng.next() - 1) * maxDegrees) * Math.PI) / 180;
      const image = batch.inputs.subarray(b * pixels, (b + 1) * pixels);
      transformImage(image, scratch, width, height, dx, dy, radians);
      image.set(scratch);
    }
  };
}

/** Several hooks in order. */
export function composeAugments(...hooks: Augment[]): Augment {
  return (batch, rng) => hooks.forEach((hook) => hook(batch, rng));
}
