// Accuracy as both engines define it (see docs/engine.md). Works on outputs from `predict`, so an engine
// only has to produce outputs; the rule depends on the loss, the output activation and the targets.

import type { NetworkSpec } from './types.ts';

export type AccuracyRule = 'argmax' | 'threshold' | 'sign' | 'none';

/**
 * softmax: argmax(a) == argmax(t). sigmoid + binaryCrossEntropy: (a ≥ 0.5) == (t ≥ 0.5) per unit.
 * mse with one output: targets all in {−1, 1} → sign(a) == sign(t); all in {0, 1} → threshold at 0.5;
 * anything else is regression and has no accuracy.
 */
export function accuracyRule(spec: NetworkSpec, targets: ArrayLike<number>): AccuracyRule {
  const out = spec.layers[spec.layers.length - 1]!;
  if (out.activation === 'softmax') return 'argmax';
  if (spec.loss === 'binaryCrossEntropy') return 'threshold';
  if (spec.loss === 'mse' && out.units === 1) {
    let signs = true;
    let bits = true;
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i]!;
      if (t !== 1 && t !== -1) signs = false;
      if (t !== 1 && t !== 0) bits = false;
    }
    if (signs) return 'sign';
    if (bits) return 'threshold';
  }
  return 'none';
}

/** Index (from `from`, among `count` values) of the largest value; the first wins ties. The course's one argmax. */
export function argmax(values: ArrayLike<number>, from = 0, count = values.length - from): number {
  let best = 0;
  for (let k = 1; k < count; k++) if (values[from + k]! > values[from + best]!) best = k;
  return best;
}

/** Fraction correct in [0, 1], or undefined for regression. outputs and targets are [n x k]. */
export function accuracyOf(
  spec: NetworkSpec,
  outputs: ArrayLike<number>,
  targets: ArrayLike<number>,
  n: number,
): number | undefined {
  const rule = accuracyRule(spec, targets);
  if (rule === 'none') return undefined;
  const k = spec.layers[spec.layers.length - 1]!.units;
  let correct = 0;
  if (rule === 'argmax') {
    for (let b = 0; b < n; b++) if (argmax(outputs, b * k, k) === argmax(targets, b * k, k)) correct++;
    return correct / n;
  }
  for (let i = 0; i < n * k; i++) {
    const a = outputs[i]!;
    const t = targets[i]!;
    if (rule === 'threshold' ? a >= 0.5 === t >= 0.5 : Math.sign(a) === Math.sign(t)) correct++;
  }
  return correct / (n * k);
}
