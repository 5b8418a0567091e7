// check.grad(f, at): is the derivative a cell's code computes (Value.backward through f, including any
// operation the reader wrote with their own local derivative) the true one? It compares each input's
// .grad with central finite differences of f's own forward values, (f(x + h) − f(x − h)) / 2h.
// Here numbers are shown: they are the reader's own derivative and the measured slope, not an answer key.

import { Value, topologicalOrder } from '../../engine/value.ts';
import type { Verdict } from '../contract.ts';
import { cellApiStrings } from '../../i18n/index.ts';

const STRINGS = cellApiStrings();

const H = 1e-6;
/** Central differences err by about h² + 1e-16/h ≈ 1e-10 here; 1e-6 relative leaves room and still catches any wrong formula. */
const TOLERANCE = 1e-6;

export interface GradCheck extends Verdict {
  /** Per input: what backward gave and what finite differences measured. */
  inputs: { at: number; backward: number; numeric: number }[];
}

function callAt(f: (...xs: Value[]) => unknown, xs: number[]): Value {
  const result = f(...xs.map((x) => new Value(x)));
  if (!(result instanceof Value)) throw new Error(STRINGS.gradNotAValue(typeof result));
  return result;
}

export function checkGrad(f: (...xs: Value[]) => unknown, at: number | number[]): GradCheck {
  if (typeof f !== 'function') throw new Error(STRINGS.gradNeedsFunction);
  const xs = typeof at === 'number' ? [at] : at;
  if (!Array.isArray(xs) || xs.length === 0 || xs.some((x) => typeof x !== 'number' || !Number.isFinite(x))) throw new Error(STRINGS.gradBadPoint);

  const leaves = xs.map((x) => new Value(x));
  const result = f(...leaves);
  if (!(result instanceof Value)) throw new Error(STRINGS.gradNotAValue(typeof result));
  result.backward();

  const inputs = xs.map((x, i) => {
    const shifted = (d: number) => callAt(f, xs.map((v, k) => (k === i ? v + d : v))).data;
    return { at: x, backward: leaves[i]!.grad, numeric: (shifted(H) - shifted(-H)) / (2 * H) };
  });
  const wrong = inputs.findIndex((r) => !(Math.abs(r.backward - r.numeric) <= TOLERANCE * Math.max(1, Math.abs(r.numeric))));
  if (wrong < 0) return { exercise: 'check.grad', passed: true, message: STRINGS.gradAgrees(inputs), inputs };

  const r = inputs[wrong]!;
  // A zero gradient where the function clearly slopes: either the result was made as a new Value from
  // plain numbers, so backward could not reach the input, or the local derivative given was 0.
  const disconnected = r.backward === 0 && r.numeric !== 0 && !topologicalOrder(result).includes(leaves[wrong]!);
  return {
    exercise: 'check.grad',
    passed: false,
    message: STRINGS.gradDisagrees(wrong, xs.length, r),
    misconception: disconnected ? STRINGS.gradDisconnected : undefined,
    inputs,
  };
}
