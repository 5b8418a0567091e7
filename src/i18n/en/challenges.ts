// Playground challenges (src/classroom/assignment/challenges.ts): the ready-made ones, goals in words, why a
// run does not meet its goal, and the playground's notices when it replays a learner's run
// (components/Playground/challenge-run.ts). Numbers go through src/ui/format.ts, in the page's language.
import { formatNumber, formatPercent } from '../../ui/format.ts';

export type ChallengeMetric = 'testLoss' | 'trainLoss' | 'testAccuracy';
/** A goal's number as the reader sees it: accuracy in percent, losses with three decimals. */
const num = (metric: ChallengeMetric, x: number) => (metric === 'testAccuracy' ? formatPercent(x) : formatNumber(x, 3));
const METRIC_NAMES: Record<ChallengeMetric, string> = { testLoss: 'test loss', trainLoss: 'training loss', testAccuracy: 'test accuracy' };

export const challenges = {
  readyMade: {
    circle: 'On the circle (10 % noise), reach a test loss below 0.2 with at most 4 hidden neurons.',
    xor: 'On exclusive or (5 % noise), reach a test accuracy above 90 % with at most 6 hidden neurons.',
    spiral: 'On spirals, reach a test loss below 0.15 with at most 12 hidden neurons.',
  },
  metric: METRIC_NAMES,
  goal: (metric: ChallengeMetric, below?: number, above?: number, maxNeurons?: number) =>
    [below !== undefined ? `${METRIC_NAMES[metric]} below ${num(metric, below)}` : '', above !== undefined ? `${METRIC_NAMES[metric]} above ${num(metric, above)}` : '',
      maxNeurons !== undefined ? `at most ${maxNeurons} hidden neurons` : ''].filter(Boolean).join(', '),
  noValue: (metric: ChallengeMetric) => `The run has no ${METRIC_NAMES[metric]} (no test points, or it diverged).`,
  notBelow: (metric: ChallengeMetric, value: number, limit: number) => `The ${METRIC_NAMES[metric]} is ${num(metric, value)}, not below ${num(metric, limit)}.`,
  notAbove: (metric: ChallengeMetric, value: number, limit: number) => `The ${METRIC_NAMES[metric]} is ${num(metric, value)}, not above ${num(metric, limit)}.`,
  tooManyNeurons: (n: number, max: number) => `The network has ${n} hidden neurons; at most ${max} are allowed.`,
  otherData: 'The run used another data set than the challenge’s.',
  otherSeeds: 'The run used other data or starting weights than the learner’s own (the seeds were changed).',
  replaying: (epochs: number) => `Replaying a learner’s run: training ${epochs} epochs from the recorded set-up…`,
  replayed: (epochs: number, testLoss: number) => `Replayed: ${epochs} epochs trained from the recorded set-up; test loss ${formatNumber(testLoss, 3)}.`,
};
