// Names what a finished run shows, from its loss curves: the words chapter 4c teaches.
// underfitting: still wrong on its own training data (training loss stays high);
// overfitting: the test loss has climbed well above its own lowest point while training went on;
// good fit: neither. Thresholds suit the binary cross-entropy of the two-class scenarios
// (guessing 50/50 everywhere costs ln 2 ≈ 0.69).
import type { RunEpoch } from './run.ts';

export type Fit = 'underfitting' | 'overfitting' | 'good fit';

/** The two losses of an epoch that the diagnosis reads (a run's history has them, with more). */
export type EpochLosses = Pick<RunEpoch, 'trainLoss' | 'testLoss'>;

/** Training loss above this means the network has not learnt its own training points. */
export const UNDERFIT_TRAIN_LOSS = 0.3;
/** The final test loss this far (as a fraction) above its minimum means the test curve turned upwards. */
export const OVERFIT_TEST_RISE = 0.15;

export function diagnose(history: readonly EpochLosses[]): Fit {
  if (history.length === 0) throw new Error('cannot diagnose a run that has not trained');
  const last = history[history.length - 1];
  if (last.trainLoss > UNDERFIT_TRAIN_LOSS) return 'underfitting';
  const lowestTest = Math.min(...history.map((e) => e.testLoss));
  if (last.testLoss > lowestTest * (1 + OVERFIT_TEST_RISE) && last.testLoss > last.trainLoss) return 'overfitting';
  return 'good fit';
}
