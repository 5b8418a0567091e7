// Splitting and subsetting data sets. Works on any Dataset and carries along per-example extras of the
// drawing-friendly sets (points, labels) so a split set can still be drawn.

import { createRng, deriveSeed } from '../rng.ts';
import type { Dataset } from '../types.ts';
import { validateDataset } from '../validate.ts';

/** Per-example arrays that ride along with a data set's rows: points [n x 2], labels [n]. */
type Extras = { points?: Float32Array; labels?: Float32Array | Uint8Array | Int32Array };

/** The examples at `indices`, in that order. */
export function subset<T extends Dataset & Extras>(data: T, indices: ArrayLike<number>): T {
  const { inputSize: ni, targetSize: nt } = data;
  const n = indices.length;
  const inputs = new Float32Array(n * ni);
  const targets = new Float32Array(n * nt);
  const points = data.points ? new Float32Array(2 * n) : undefined;
  const labels = data.labels ? new (data.labels.constructor as new (n: number) => NonNullable<Extras['labels']>)(n) : undefined;
  for (let k = 0; k < n; k++) {
    const e = indices[k]!;
    if (!Number.isInteger(e) || e < 0 || e >= data.n) throw new Error(`index ${e} is outside the data set (0 to ${data.n - 1})`);
    inputs.set(data.inputs.subarray(e * ni, (e + 1) * ni), k * ni);
    targets.set(data.targets.subarray(e * nt, (e + 1) * nt), k * nt);
    if (points) points.set(data.points!.subarray(2 * e, 2 * e + 2), 2 * k);
    if (labels) labels[k] = data.labels![e]!;
  }
  const out = { ...data, n, inputs, targets } as T;
  if (points) out.points = points;
  if (labels) out.labels = labels;
  return out;
}

/**
 * Shuffles the examples (Fisher-Yates with createRng(deriveSeed(seed, 5))) and cuts them: the first
 * round(n × ratio) go to `train`, the rest to `test`. Both parts keep at least one example.
 */
export function splitTrainTest<T extends Dataset & Extras>(data: T, ratio: number, seed = 1): { train: T; test: T } {
  validateDataset(data);
  if (data.n < 2) throw new Error(`splitting needs at least 2 examples, got ${data.n}`);
  if (!(ratio > 0 && ratio < 1)) throw new Error(`the train ratio must be a number between 0 and 1 (exclusive), got ${ratio}`);
  const order = Array.from({ length: data.n }, (_, i) => i);
  const rng = createRng(deriveSeed(seed, 5));
  for (let i = order.length - 1; i >= 1; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cut = Math.min(data.n - 1, Math.max(1, Math.round(data.n * ratio)));
  return { train: subset(data, order.slice(0, cut)), test: subset(data, order.slice(cut)) };
}
