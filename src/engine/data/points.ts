// Seeded 2-D data sets for the playground and the chapters. Every set lives in the square
// POINT_EXTENT = [−6, 6] × [−6, 6] (points themselves mostly within ±5) and is reproduced exactly by its seed.
//
// Classification sets place each class's points by its own geometry, then (after all points are placed)
// add Gaussian jitter of standard deviation `noise` (in the same units) to both coordinates; the label stays the class the point
// was made for, so with noise the classes overlap near the boundary. Regression sets add noise × 0.1 of
// Gaussian noise to the target instead (targets lie in about [−1, 1]).
// Classes get n/k points each (the first n mod k classes one more), generated class by class.

import { applyFeatures } from '../features.ts';
import { createRng, deriveSeed, type Rng } from '../rng.ts';
import type { Dataset, FeatureName } from '../types.ts';
import { defaultTargets } from './labels.ts';

export const POINT_EXTENT: [number, number, number, number] = [-6, 6, -6, 6];

/** A data set of 2-D points: `inputs` are the points (or features of them); `points` and `labels` are for drawing. */
export interface PointDataset extends Dataset {
  /** Raw points, [n x 2] row-major (x1, x2). */
  points: Float32Array;
  /** Class index 0..classes−1 per point, or the regression target. */
  labels: Float32Array;
  /** Number of classes; 0 for regression. */
  classes: number;
  name: string;
}

export interface PointOptions {
  /** Number of points, 1..100000; default 200. */
  n?: number;
  /** Standard deviation of the jitter, 0..5; default 0. */
  noise?: number;
  /** uint32; default 1. The stream is deriveSeed(seed, 4). */
  seed?: number;
}

export interface MultiClassOptions extends PointOptions {
  /** 2, 3 or 4; default 2. */
  classes?: number;
}

export type BoundaryFunctionName = 'sine' | 'cubic' | 'abs';

/** The curves of the function-boundary sets: class 1 lies above y = f(x), class 0 below. */
export const BOUNDARY_FUNCTIONS: Readonly<Record<BoundaryFunctionName, (x: number) => number>> = {
  sine: (x) => 2 * Math.sin(x),
  cubic: (x) => 0.05 * x ** 3 - x,
  abs: (x) => Math.abs(x) - 2.5,
};

function readOptions(options: MultiClassOptions, classChoices: readonly number[] = [2]) {
  const { n = 200, noise = 0, seed = 1, classes = 2 } = options;
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new Error(`n must be a whole number of points from 1 to 100000, got ${n}`);
  if (!(Number.isFinite(noise) && noise >= 0 && noise <= 5)) throw new Error(`noise must be a number from 0 to 5, got ${noise}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`seed must be a whole number from 0 to 4294967295, got ${seed}`);
  if (!classChoices.includes(classes)) throw new Error(`classes must be ${classChoices.join(' or ')} for this data set, got ${classes}`);
  return { n, noise, classes, rng: createRng(deriveSeed(seed, 4)) };
}

/** How many of n points class c gets. */
function countFor(c: number, n: number, classes: number): number {
  return Math.floor(n / classes) + (c < n % classes ? 1 : 0);
}

/**
 * Adds noise · normal() to every value, after all clean values are made: the same seed gives the same
 * clean set and the same normal draws at every noise level, so a noise slider moves points smoothly.
 */
function addNoise(values: Float32Array, noise: number, rng: Rng): void {
  for (let i = 0; i < values.length; i++) values[i]! += noise * rng.normal();
}

const uniform = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng.next();

/** Builds the set from a point maker; maker(c, i, count) returns the clean point i of class c. */
function classify(
  name: string,
  options: MultiClassOptions,
  classChoices: readonly number[],
  maker: (rng: Rng, c: number, i: number, count: number, classes: number) => [number, number],
): PointDataset {
  const { n, noise, classes, rng } = readOptions(options, classChoices);
  const points = new Float32Array(2 * n);
  const labels = new Float32Array(n);
  let p = 0;
  for (let c = 0; c < classes; c++) {
    const count = countFor(c, n, classes);
    for (let i = 0; i < count; i++, p++) {
      const [x, y] = maker(rng, c, i, count, classes);
      points[2 * p] = x;
      points[2 * p + 1] = y;
      labels[p] = c;
    }
  }
  addNoise(points, noise, rng);
  return { name, n, inputSize: 2, targetSize: classes === 2 ? 1 : classes, inputs: points.slice(), targets: defaultTargets(labels, classes), points, labels, classes };
}

/** Class 1: a disc of radius 2 around the origin. Class 0: a ring from radius 3 to 5 around it. */
export function circle(options: PointOptions = {}): PointDataset {
  return classify('circle', options, [2], (rng, c) => {
    const r = c === 1 ? 2 * Math.sqrt(rng.next()) : uniform(rng, 3, 5);
    const angle = uniform(rng, 0, 2 * Math.PI);
    return [r * Math.cos(angle), r * Math.sin(angle)];
  });
}

/** Class 1 in the quadrants where x1·x2 > 0, class 0 where x1·x2 < 0; points at least 0.3 from the axes. */
export function xor(options: PointOptions = {}): PointDataset {
  return classify('xor', options, [2], (rng, c, i) => {
    const away = () => uniform(rng, 0.3, 5);
    const sx = i % 2 === 0 ? 1 : -1; // alternate between the class's two quadrants
    return c === 1 ? [sx * away(), sx * away()] : [sx * away(), -sx * away()];
  });
}

/** Round Gaussian blobs (σ = 1): two at (2, 2) and (−2, −2), or 3–4 at equal angles on a circle of radius 3. */
export function gaussians(options: MultiClassOptions = {}): PointDataset {
  const classes = options.classes ?? 2;
  return classify(classes === 2 ? 'two gaussians' : `${classes} gaussians`, options, [2, 3, 4], (rng, c, _i, _count, k) => {
    const [cx, cy] =
      k === 2 ? (c === 1 ? [2, 2] : [-2, -2]) : [3 * Math.cos((2 * Math.PI * c) / k + Math.PI / 2), 3 * Math.sin((2 * Math.PI * c) / k + Math.PI / 2)];
    return [cx + rng.normal(), cy + rng.normal()];
  });
}

/** Interleaved spiral arms (1.75 turns out to radius 5), one arm per class, arms turned by 2π/k from each other. */
export function spirals(options: MultiClassOptions = {}): PointDataset {
  const classes = options.classes ?? 2;
  return classify(classes === 2 ? 'two spirals' : `${classes} spirals`, options, [2, 3, 4], (_rng, c, i, count, k) => {
    const r = (5 * (i + 0.5)) / count;
    const t = (1.75 * 2 * Math.PI * (i + 0.5)) / count + (2 * Math.PI * c) / k;
    return [r * Math.sin(t), r * Math.cos(t)];
  });
}

/** Two interleaved half circles (the classic "moons"), scaled to about ±4. Class 0 is the upper moon. */
export function moons(options: PointOptions = {}): PointDataset {
  return classify('moons', options, [2], (rng, c) => {
    const t = uniform(rng, 0, Math.PI);
    const [x, y] = c === 0 ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
    return [2.5 * (x - 0.5), 2.5 * (y - 0.25)];
  });
}

/** Points uniform in [−5, 5]²; class 1 above the curve y = f(x), class 0 below. */
export function functionBoundary(f: BoundaryFunctionName, options: PointOptions = {}): PointDataset {
  const curve = BOUNDARY_FUNCTIONS[f];
  if (!curve) throw new Error(`unknown boundary function ${JSON.stringify(f)}; allowed: ${Object.keys(BOUNDARY_FUNCTIONS).join(', ')}`);
  return classify(`above ${f}`, options, [2], (rng, c) => {
    // Rejection sampling keeps the classes balanced: draw until the point falls on the class's side.
    for (;;) {
      const x = uniform(rng, -5, 5);
      const y = uniform(rng, -5, 5);
      if ((y > curve(x)) === (c === 1)) return [x, y];
    }
  });
}

function regress(name: string, options: PointOptions, target: (x: number, y: number) => number): PointDataset {
  const { n, noise, rng } = readOptions(options);
  const points = new Float32Array(2 * n);
  const labels = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const x = uniform(rng, -5, 5);
    const y = uniform(rng, -5, 5);
    points[2 * p] = x;
    points[2 * p + 1] = y;
    labels[p] = target(x, y);
  }
  addNoise(labels, 0.1 * noise, rng);
  return { name, n, inputSize: 2, targetSize: 1, inputs: points.slice(), targets: labels.slice(), points, labels, classes: 0 };
}

/** Regression: target (x1 + x2) / 10, a tilted plane from −1 to 1. */
export function plane(options: PointOptions = {}): PointDataset {
  return regress('plane', options, (x, y) => (x + y) / 10);
}

/** The centres and signs of the multi-gaussian regression surface. */
export const MULTI_GAUSSIAN_BUMPS: readonly { x: number; y: number; sign: number }[] = [
  { x: -3.5, y: 2.5, sign: 1 },
  { x: 0, y: 2.5, sign: -1 },
  { x: 3.5, y: 2.5, sign: 1 },
  { x: -3.5, y: -2.5, sign: -1 },
  { x: 0, y: -2.5, sign: 1 },
  { x: 3.5, y: -2.5, sign: -1 },
];

/** Regression: six ±1 Gaussian bumps (σ = 1.2) in a checkerboard of signs; target in about [−1, 1]. */
export function multiGaussian(options: PointOptions = {}): PointDataset {
  return regress('multi-gaussian', options, (x, y) =>
    MULTI_GAUSSIAN_BUMPS.reduce((s, b) => s + b.sign * Math.exp(-((x - b.x) ** 2 + (y - b.y) ** 2) / (2 * 1.2 * 1.2)), 0),
  );
}

/** The same set with inputs replaced by features of its points (x1, x1², sin x2, ...); points and labels kept. */
export function withFeatures(data: PointDataset, features: readonly FeatureName[]): PointDataset {
  return { ...data, inputSize: features.length, inputs: applyFeatures(data.points, data.n, features) };
}

/** The same set with new targets (e.g. signedTargets(data.labels) for a tanh output). */
export function withTargets(data: PointDataset, targets: Float32Array): PointDataset {
  if (targets.length % data.n !== 0) throw new Error(`targets has ${targets.length} numbers, not a multiple of n = ${data.n}`);
  return { ...data, targets, targetSize: targets.length / data.n };
}
