// Every sentence the assignment builder, the assignment link and the challenges show, in one place for the
// Spanish edition (issue 13). Numbers go through src/ui/format.ts.
import { formatNumber, formatPercent } from '../../ui/format.ts';

type Metric = 'testLoss' | 'trainLoss' | 'testAccuracy';
/** A goal's number as the reader sees it: accuracy in percent, losses with three decimals. */
const num = (metric: Metric, x: number) => (metric === 'testAccuracy' ? formatPercent(x) : formatNumber(x, 3));
const METRIC_NAMES: Record<Metric, string> = { testLoss: 'test loss', trainLoss: 'training loss', testAccuracy: 'test accuracy' };

export const CHALLENGE_STRINGS = {
  readyMade: {
    circle: 'On the circle (10 % noise), reach a test loss below 0.2 with at most 4 hidden neurons.',
    xor: 'On exclusive or (5 % noise), reach a test accuracy above 90 % with at most 6 hidden neurons.',
    spiral: 'On spirals, reach a test loss below 0.15 with at most 12 hidden neurons.',
  },
  metric: METRIC_NAMES,
  value: num,
  goal: (metric: Metric, below?: number, above?: number, maxNeurons?: number) =>
    [below !== undefined ? `${METRIC_NAMES[metric]} below ${num(metric, below)}` : '', above !== undefined ? `${METRIC_NAMES[metric]} above ${num(metric, above)}` : '',
      maxNeurons !== undefined ? `at most ${maxNeurons} hidden neurons` : ''].filter(Boolean).join(', '),
  noValue: (metric: Metric) => `The run has no ${METRIC_NAMES[metric]} (no test points, or it diverged).`,
  notBelow: (metric: Metric, value: number, limit: number) => `The ${METRIC_NAMES[metric]} is ${num(metric, value)}, not below ${num(metric, limit)}.`,
  notAbove: (metric: Metric, value: number, limit: number) => `The ${METRIC_NAMES[metric]} is ${num(metric, value)}, not above ${num(metric, limit)}.`,
  tooManyNeurons: (n: number, max: number) => `The network has ${n} hidden neurons; at most ${max} are allowed.`,
  otherData: 'The run used another data set than the challenge’s.',
  otherSeeds: 'The run used other data or starting weights than the learner’s own (the seeds were changed).',
};

export const ASSIGNMENT_LINK_STRINGS = {
  notAnAssignment: 'This page needs an assignment link from your teacher (it ends with #v=1&…). The link you opened has no assignment in it.',
  future: (version: number) => `This assignment link was made by a newer version of the course (format ${version}; this page reads format 1). Ask your teacher for a new link, or open it where it was made.`,
  noClassCode: 'The assignment link has no class code, so no learner seeds can be made from it. Ask your teacher for the whole link.',
  partly: 'Parts of this assignment link could not be read (it was cut or changed), so they are left out:',
  untitled: 'Assignment',
  badChallenge: 'is not a challenge this course can open (it was cut or changed)',
  badClassCode: 'must be 1 to 40 letters, digits, spaces, dots, dashes or underscores',
  badChapter: 'is not a chapter name',
  badItem: 'is not a question of the course',
};

export const CATALOGUE_STRINGS = {
  backpropPrediction: 'Predict first: after the first update, which way will the weight from x₂ to h₁ move?',
};
