// What the predict-then-run exercises say after the run: whether the prediction held, and the
// misconception behind a wrong one, quoting the run's own numbers. Pure functions of the results.
import { formatNumber, formatPercent } from '../ui/format.ts';
import { regularizationLabStrings, sizeMattersStrings } from '../i18n/index.ts';
import type { Fit } from './diagnose.ts';
import type { RunResult } from './run.ts';

const f = (x: number) => formatNumber(x, 3);
const pct = formatPercent;

export interface SizeOutcome {
  size: number;
  fit: Fit;
  result: RunResult;
  /** Lowest test loss over the run (the point the test curve turned up from, when overfitting). */
  lowestTestLoss: number;
}

/** Feedback for "which size will be right on its training points but wrong on new ones?". */
export function sizeFeedback(chosen: number, outcomes: readonly SizeOutcome[]): { correct: boolean; text: string } {
  const picked = outcomes.find((o) => o.size === chosen);
  if (!picked) throw new Error(`no run with ${chosen} neurons`);
  const overfitters = outcomes.filter((o) => o.fit === 'overfitting').map((o) => o.size);
  const T = sizeMattersStrings();
  const { neurons } = T;
  const { result } = picked;
  if (picked.fit === 'overfitting') {
    return { correct: true, text: T.feedback.overfits(neurons(chosen), pct(result.trainAccuracy), f(result.trainLoss), f(picked.lowestTestLoss), f(result.testLoss), pct(result.testAccuracy)) };
  }
  const others = overfitters.length ? T.feedback.others(overfitters.map(neurons)) : '';
  if (picked.fit === 'underfitting') {
    return { correct: false, text: T.feedback.underfits(neurons(chosen), f(result.trainLoss), pct(result.trainAccuracy), others) };
  }
  return { correct: false, text: T.feedback.fits(neurons(chosen), f(result.trainLoss), f(result.testLoss), others) };
}

export type Prediction = 'lower' | 'same' | 'higher';

/** How the test loss of the regularized run compares with the plain one (within 5 % counts as the same). */
export function compareTestLoss(plain: RunResult, treated: RunResult): Prediction {
  const ratio = treated.testLoss / plain.testLoss;
  if (ratio < 0.95) return 'lower';
  if (ratio > 1.05) return 'higher';
  return 'same';
}

/** Feedback for "with these techniques, will the test loss end lower, the same or higher?". */
export function regularizationFeedback(prediction: Prediction, plain: RunResult, treated: RunResult): { correct: boolean; outcome: Prediction; text: string } {
  const outcome = compareTestLoss(plain, treated);
  const T = regularizationLabStrings().feedback;
  const numbers = T.numbers(f(plain.testLoss), f(treated.testLoss), f(plain.trainLoss), f(treated.trainLoss));
  const correct = prediction === outcome;
  let text: string;
  if (outcome === 'lower') text = correct ? T.lowerRight(numbers) : T.lowerWrong(numbers);
  else if (outcome === 'higher') text = correct ? T.higherRight(numbers) : T.higherWrong(numbers);
  else text = correct ? T.sameRight(numbers) : T.sameWrong(numbers);
  return { correct, outcome, text };
}
