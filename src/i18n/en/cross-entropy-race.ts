// The cross-entropy race (components/CrossEntropyRace/): every word it shows, and its verdict.
import { formatNumber } from '../../ui/format.ts';
import { CROSS_ENTROPY_RACE, type RaceLoss, type RaceWinner } from '../../scenarios/cross-entropy-race.ts';

const stepsText = (steps: number | undefined): string => (steps === undefined ? 'not within the run' : `${steps} step${steps === 1 ? '' : 's'}`);
const finishText = (steps: number | undefined): string =>
  steps === undefined ? `ŷ still below 0.5 after all ${CROSS_ENTROPY_RACE.steps} steps` : `ŷ passed 0.5 after ${stepsText(steps)}`;

export const crossEntropyRace = {
  title: 'Try it: squared error against cross-entropy, from a confidently wrong start',
  startZ: 'Starting z (how wrong the neuron starts)',
  startZDescription: 'the pre-activation before training; the output starts at σ(z)',
  learningRate: 'Learning rate η',
  question: 'Predict first: both runs start from the same weights with the same learning rate. Which one gets its output ŷ past 0.5 (the right side) first?',
  choices: [
    { value: 'mse', text: 'Squared error: it is the most wrong, so it takes the biggest steps' },
    { value: 'binaryCrossEntropy', text: 'Cross-entropy' },
    { value: 'tie', text: 'Both at the same step: same neuron, same learning rate' },
  ] satisfies { value: RaceWinner; text: string }[],
  run: 'Run both',
  reset: 'Reset',
  askFirst: 'Choose a prediction first, then press Run both.',
  running: (steps: number) => `Training both for ${steps} steps of gradient descent…`,
  reduced: 'Reduced motion is on, so the curves appear complete.',
  done: 'Done. Change the sliders to rerun both at once.',
  rerun: 'Rerun with the new setting.',
  lossName: { mse: 'squared error', binaryCrossEntropy: 'cross-entropy' } satisfies Record<RaceLoss, string>,
  lossChart: 'Loss (log scale)',
  gradientChart: 'Size of the gradient |∂L/∂z| (log scale)',
  step: 'step',
  chartLabel: (what: string, mse: string, ce: string) => `${what} over the steps: squared error ${mse}, cross-entropy ${ce}.`,
  table: {
    caption: 'The two runs in numbers',
    run: 'Run',
    gradient0: '|∂L/∂z| at the start',
    finish: 'Steps until ŷ ≥ 0.5',
    final: 'ŷ after the last step',
    never: 'not within the run',
  },
  chartsFailed: 'The charts could not be loaded; the numbers below are exact.',
  intro: (x: string, t: string, steps: number) => `One sigmoid neuron, ŷ = σ(wx + b), with one example: input x = ${x}, target t = ${t}. It starts with its weight and bias so negative that ŷ is almost 0: confidently wrong. Two copies are trained by plain gradient descent, ${steps} steps each, one on the squared error and one on cross-entropy.`,
  squaredLabel: 'Squared error:',
  crossLabel: 'Cross-entropy:',
  fallback: (z0: string, rate: string, mseSteps: number, ceSteps: number, times: number) => `With JavaScript on, this widget trains both and plots their loss and gradient size. From z₀ = ${z0} at learning rate ${rate}, squared error takes ${mseSteps} steps to get ŷ past 0.5 and cross-entropy ${ceSteps}: squared error's gradient starts ${times} times smaller.`,
  /** "5 steps" / "not within the run". */
  stepsText,
  /** "ŷ passed 0.5 after 5 steps" / "ŷ still below 0.5 after all 120 steps". */
  finishText,
  /**
   * The verdict on the prediction, decided by the two runs. A wrong answer names the idea that leads to it.
   * `mseSteps`/`ceSteps`: steps to ŷ ≥ 0.5 (undefined: never); `ratio`: cross-entropy's starting |∂L/∂z| over squared error's.
   */
  verdict(choice: RaceWinner, winner: RaceWinner, mseSteps: number | undefined, ceSteps: number | undefined, ratio: number): { correct: boolean; text: string } {
    const facts = `Squared error: ${finishText(mseSteps)}; cross-entropy: ${finishText(ceSteps)}. At the start cross-entropy's gradient was ${formatNumber(ratio, 0, undefined, 'en')} times larger.`;
    const why = 'Squared error’s ∂L/∂z carries the factor σ′(z) = ŷ(1 − ŷ), which is almost 0 when the sigmoid is saturated, however wrong the output; cross-entropy’s ∂L/∂z = ŷ − t has no such factor, so the most wrong neuron learns fastest.';
    if (choice === winner) return { correct: true, text: `Right. ${facts} ${why}` };
    if (choice === 'mse') {
      return { correct: false, text: `Not here. "The more wrong, the bigger the step" holds for the loss, not for its gradient: a saturated sigmoid barely moves its output whatever z does. ${facts} ${why}` };
    }
    if (choice === 'tie') {
      return { correct: false, text: `Not quite: the learning rate is the same, but the gradient it multiplies is not; the loss decides the gradient. ${facts} ${why}` };
    }
    return { correct: false, text: `Not at these settings. ${facts} ${why}` };
  },
};
