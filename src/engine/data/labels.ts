// Class-label conventions for the engine's data sets.
//
// A class label is an integer 0..k−1. The targets a network trains on depend on its output layer:
//   - 2 classes, sigmoid output + binaryCrossEntropy: one target per example, 0 or 1 (the default).
//   - 2 classes, tanh output + mse: one target, −1 or +1 (`signedTargets`).
//   - k ≥ 3 classes, softmax output + softmaxCrossEntropy: one-hot rows of k targets (`oneHot`, the default).
// Regression sets have no classes (classes = 0) and one real-valued target per example.

export function oneHot(labels: ArrayLike<number>, classes: number): Float32Array {
  const out = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i]!;
    if (!Number.isInteger(c) || c < 0 || c >= classes) throw new Error(`label ${i} is ${c}; labels must be whole numbers from 0 to ${classes - 1}`);
    out[i * classes + c] = 1;
  }
  return out;
}

/** 0/1 targets for two classes (sigmoid + binaryCrossEntropy). */
export function binaryTargets(labels: ArrayLike<number>): Float32Array {
  return Float32Array.from(labels, (c, i) => {
    if (c !== 0 && c !== 1) throw new Error(`label ${i} is ${c}; binary targets need labels 0 or 1`);
    return c;
  });
}

/** −1/+1 targets for two classes (tanh + mse): class 0 → −1, class 1 → +1. */
export function signedTargets(labels: ArrayLike<number>): Float32Array {
  return Float32Array.from(binaryTargets(labels), (c) => 2 * c - 1);
}

/** The default targets for `classes` classes: 0/1 for two, one-hot for three or more. */
export function defaultTargets(labels: ArrayLike<number>, classes: number): Float32Array {
  return classes === 2 ? binaryTargets(labels) : oneHot(labels, classes);
}

/** Class index per example from targets (0/1 or ±1 single column, or one-hot/probability rows). */
export function labelsFromTargets(targets: ArrayLike<number>, n: number): Int32Array {
  const k = targets.length / n;
  const labels = new Int32Array(n);
  for (let b = 0; b < n; b++) {
    if (k === 1) {
      labels[b] = targets[b]! >= 0.5 ? 1 : 0; // 1 for target 1 whether the other class is 0 or −1
      continue;
    }
    let best = 0;
    for (let j = 1; j < k; j++) if (targets[b * k + j]! > targets[b * k + best]!) best = j;
    labels[b] = best;
  }
  return labels;
}
