// Classification metrics the playground shows beside the engine's loss: accuracy and the confusion
// matrix, both computed from predicted and true class indices. Pure functions.

/** matrix[actual][predicted] counts, k × k. */
export function confusionMatrix(actual: ArrayLike<number>, predicted: ArrayLike<number>, k: number): number[][] {
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const p = predicted[i]!;
    if (a >= 0 && a < k && p >= 0 && p < k) m[a]![p]!++;
  }
  return m;
}

/** Fraction on the diagonal, or NaN for an empty matrix. */
export function accuracyOfMatrix(m: number[][]): number {
  let right = 0;
  let total = 0;
  m.forEach((row, a) => row.forEach((count, p) => { total += count; if (a === p) right += count; }));
  return total === 0 ? Number.NaN : right / total;
}
