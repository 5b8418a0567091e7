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

export const PLAYGROUND_RUN_STRINGS = {
  replaying: (epochs: number) => `Replaying a learner’s run: training ${epochs} epochs from the recorded set-up…`,
  replayed: (epochs: number, testLoss: number) => `Replayed: ${epochs} epochs trained from the recorded set-up; test loss ${formatNumber(testLoss, 3)}.`,
};

export const BUILDER_STRINGS = {
  pageTitle: 'Prepare an assignment · nn101',
  description: 'For teachers: pick chapters, questions and playground challenges, and get one assignment link for a class. Nothing is sent anywhere.',
  heading: 'Prepare an assignment',
  intro: 'Pick what your class should read, answer and try, then hand out the one link this page makes. Each learner opens it, types their name once, works through the course and hands in a file or a text code; you read them all in the class view. No accounts, and nothing leaves anyone’s computer unless they hand it in.',
  about: 'About the assignment',
  title: 'Title',
  due: 'Due (a note shown to learners, e.g. “Friday, before class”)',
  classCode: 'Class code',
  classCodeHelp: 'Letters, digits, spaces, dots, dashes or underscores (1 to 40). The class code and each learner’s name make that learner’s own seed: different data and starting weights for each learner, the same ones on every device. Use a new code for each class.',
  chaptersLegend: 'Chapters and questions',
  chaptersHelp: 'Open a chapter to pick its questions. A picked question also puts its chapter on the reading list.',
  readChapter: 'Ask learners to read this chapter',
  itemCount: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
  kind: { 'self-check': 'Self-check', prediction: 'Predict, then run', exercise: 'Exercise cell' } as Record<string, string>,
  challengesLegend: 'Challenges in the playground',
  challengesHelp: 'Each learner’s run uses their own seed; the page checks the goal on the run they hand in, and you can replay it.',
  custom: 'Add your own challenge',
  customHelp: 'Set up the playground as the challenge should start (data set, noise, features, network…), press Copy link there, and paste the link here.',
  customLink: 'Playground link',
  customTitle: 'What the learner should do (shown to them)',
  metric: 'Goal',
  direction: 'must be',
  threshold: 'Value (accuracy as a fraction, e.g. 0.9)',
  maxNeurons: 'At most this many hidden neurons (optional)',
  add: 'Add this challenge',
  remove: (title: string) => `Remove “${title}”`,
  below: 'below', above: 'above',
  make: 'Make the assignment link',
  linkLabel: 'Assignment link: give this to your class',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy automatically: select the link above and copy it.',
  openAsLearner: 'Open it as a learner',
  next: 'When the hand-ins come back, open the class view.',
  classView: 'Class view',
  errors: {
    classCode: 'Give the class a code: 1 to 40 letters, digits, spaces, dots, dashes or underscores.',
    nothing: 'Pick at least one chapter, question or challenge.',
    tooMany: (max: number) => `An assignment holds at most ${max} challenges.`,
    customLink: 'Paste a playground link (it has a # followed by its settings).',
    customLinkBad: (messages: string) => `The playground could not use all of that link: ${messages}`,
    customTitle: 'Say in a sentence what the learner should do.',
    threshold: 'Give the goal’s value as a number, e.g. 0.15.',
    maxNeurons: 'The neuron limit must be a whole number from 1 to 48, or empty.',
    titleTooLong: 'The title is longer than 120 characters.',
    dueTooLong: 'The due note is longer than 200 characters.',
  },
  added: (title: string) => `Added the challenge “${title}”.`,
  made: 'The assignment link is ready below.',
};
