// Class probabilities over a grid of points, for TeachIt's background. The reference engine's predict is
// written to be read, not to be fast (it allocates per example: ~10-40 ms for a 48² grid on a busy laptop),
// and this runs while training, so here is the same forward pass (tanh hidden layers, softmax output,
// weights row-major [nIn x nOut]) over flat typed arrays: no allocation per point. Checked against the
// engine's predict in grid-probabilities.test.ts.
import type { Parameters } from '../../src/engine/types.ts';

/** inputs: n x 2 row-major. Returns n x classes probabilities, written into `out` when given. */
export function gridProbabilities(params: Parameters, inputs: Float64Array, n: number, out?: Float32Array): Float32Array {
  const sizes = [2, ...params.biases.map((b) => b.length)];
  const classes = sizes[sizes.length - 1];
  const result = out ?? new Float32Array(n * classes);
  const widest = Math.max(...sizes);
  let a = new Float64Array(widest);
  let next = new Float64Array(widest);
  const last = params.weights.length - 1;
  for (let p = 0; p < n; p++) {
    a[0] = inputs[2 * p];
    a[1] = inputs[2 * p + 1];
    for (let l = 0; l <= last; l++) {
      const nIn = sizes[l], nOut = sizes[l + 1];
      const w = params.weights[l], b = params.biases[l];
      for (let j = 0; j < nOut; j++) {
        let z = b[j];
        for (let i = 0; i < nIn; i++) z += a[i] * w[i * nOut + j];
        next[j] = l === last ? z : Math.tanh(z);
      }
      [a, next] = [next, a];
    }
    // Softmax over the output logits, now in `a`, stable by subtracting the largest.
    let max = -Infinity;
    for (let k = 0; k < classes; k++) if (a[k] > max) max = a[k];
    let sum = 0;
    for (let k = 0; k < classes; k++) { a[k] = Math.exp(a[k] - max); sum += a[k]; }
    for (let k = 0; k < classes; k++) result[p * classes + k] = a[k] / sum;
  }
  return result;
}
