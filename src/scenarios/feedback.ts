// What the predict-then-run exercises say after the run: whether the prediction held, and the
// misconception behind a wrong one, quoting the run's own numbers. Pure functions of the results.
import { formatNumber, formatPercent } from '../ui/format.ts';
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
  const neurons = (n: number) => `${n} neuron${n === 1 ? '' : 's'}`;
  const { result } = picked;
  if (picked.fit === 'overfitting') {
    return {
      correct: true,
      text: `Yes. With ${neurons(chosen)} the network gets ${pct(result.trainAccuracy)} of its training points right (training loss ${f(result.trainLoss)}), while its test loss climbed from ${f(picked.lowestTestLoss)} to ${f(result.testLoss)}: it learnt the noise in those few points. That is overfitting. It is not "always wrong" either: it still gets ${pct(result.testAccuracy)} of new points right, and chapter 5 shows how to make a big network generalise.`,
    };
  }
  const others = overfitters.length ? ` The one that overfits is ${overfitters.map(neurons).join(' and ')}.` : '';
  if (picked.fit === 'underfitting') {
    return {
      correct: false,
      text: `Not this one. With ${neurons(chosen)} the network is wrong on its own training points too (training loss ${f(result.trainLoss)}, ${pct(result.trainAccuracy)} right): that is underfitting, the opposite problem. Too small a network cannot draw the shape at all, so more data or regularization would not help it; more neurons would.${others}`,
    };
  }
  return {
    correct: false,
    text: `Not this one. With ${neurons(chosen)} the network fits its training points well (training loss ${f(result.trainLoss)}) and its test loss stays near its lowest (${f(result.testLoss)}): it learnt the broad shape, not the noise. A middle size is not automatically safe, though: with fewer points or longer training it too can overfit.${others}`,
  };
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
  const numbers = `Test loss ${f(plain.testLoss)} without, ${f(treated.testLoss)} with; training loss ${f(plain.trainLoss)} without, ${f(treated.trainLoss)} with.`;
  const correct = prediction === outcome;
  let text: string;
  if (outcome === 'lower') {
    text = correct
      ? `Right. ${numbers} The regularized network fits its training points less closely, and new points better: it learnt less of the noise.`
      : `The test loss went down. ${numbers} A common belief is that anything that makes the training loss worse makes the network worse. But the training loss is not the goal: giving up a little fit on the training points bought a better fit on new ones.`;
  } else if (outcome === 'higher') {
    text = correct
      ? `Right. ${numbers} Regularization is not free: this setting held the network back so much that it now fits new points worse too.`
      : `The test loss went up. ${numbers} Regularization is not a free improvement: too strong a setting, or a technique that does not suit the problem, makes a network underfit. If its training loss is high, it needs more capacity or training, not more regularization.`;
  } else {
    text = correct
      ? `Right. ${numbers} This setting changed little: the network was not overfitting much in the way this technique prevents, or the setting is too weak to matter.`
      : `About the same (within 5 %). ${numbers} Regularization only helps where there is overfitting to prevent; look at whether the plain run's test loss climbs while its training loss falls.`;
  }
  return { correct, outcome, text };
}
